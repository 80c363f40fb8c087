import { MigrationInterface, QueryRunner } from 'typeorm';

/** The day rollup's counters, in their column order. */
const DAY_COUNTERS = [
  'morning_minutes',
  'afternoon_minutes',
  'bookings',
  'morning_bookings',
  'afternoon_bookings',
  'no_shows',
  'morning_no_shows',
  'afternoon_no_shows',
];

/** A counter table keyed by some columns: its name, key columns with their types, and counter column. */
interface Counter {
  table: string;
  keys: [string, string][];
  counter: string;
}

const MEMBER_SITE_MONTHS: Counter = {
  table: 'reporting_member_site_months',
  keys: [
    ['month', 'date'],
    ['site_id', 'uuid'],
    ['user_id', 'uuid'],
  ],
  counter: 'kinds',
};
const SITE_MONTH_COUNTS: Counter = {
  table: 'reporting_site_month_counts',
  keys: [
    ['month', 'date'],
    ['site_id', 'uuid'],
  ],
  counter: 'members',
};
const MEMBER_EPCI_MONTHS: Counter = {
  table: 'reporting_member_epci_months',
  keys: [
    ['month', 'date'],
    ['epci_code', 'text'],
    ['user_id', 'uuid'],
  ],
  counter: 'sites',
};
const EPCI_MONTH_COUNTS: Counter = {
  table: 'reporting_epci_month_counts',
  keys: [
    ['month', 'date'],
    ['epci_code', 'text'],
  ],
  counter: 'members',
};
const MEMBER_MONTHS: Counter = {
  table: 'reporting_member_months',
  keys: [
    ['month', 'date'],
    ['user_id', 'uuid'],
  ],
  counter: 'epcis',
};

/**
 * `reporting_add_<table>(key..., p_delta)`: adds `p_delta` to one counter row, an upsert when adding, an update
 * when taking back (an upsert checks its proposed negative row against the CHECK before it finds the conflict).
 */
function addFunction({ table, keys, counter }: Counter): string {
  const params = keys.map(([column, type]) => `p_${column} ${type}`).join(', ');
  const columns = keys.map(([column]) => column).join(', ');
  return `
    CREATE FUNCTION ${addName(table)}(${params}, p_delta integer) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF p_delta < 0 THEN
        UPDATE ${table} SET ${counter} = ${counter} + p_delta
        WHERE ${keys.map(([column]) => `${column} = p_${column}`).join(' AND ')};
      ELSIF p_delta > 0 THEN
        INSERT INTO ${table} AS t (${columns}, ${counter})
        VALUES (${keys.map(([column]) => `p_${column}`).join(', ')}, p_delta)
        ON CONFLICT (${columns}) DO UPDATE SET ${counter} = t.${counter} + EXCLUDED.${counter};
      END IF;
    END $$`;
}

function addName(table: string): string {
  return `${table.replace(/^reporting_/, 'reporting_add_')}`;
}

/**
 * Three triggers calling `fn` on a table whose row is "present" while `counter > 0`: on insert of a present
 * row, on delete of one, and on an update that makes it present or absent. Updates that keep it as it was
 * (a member's second booking of the month) run nothing. The function reads the delta from TG_OP and NEW.
 */
function presenceTriggers(table: string, counter: string, fn: string): string[] {
  return [
    `CREATE TRIGGER ${table}_presence_insert AFTER INSERT ON ${table}
       FOR EACH ROW WHEN (NEW.${counter} > 0) EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${table}_presence_update AFTER UPDATE OF ${counter} ON ${table}
       FOR EACH ROW WHEN ((OLD.${counter} > 0) IS DISTINCT FROM (NEW.${counter} > 0)) EXECUTE FUNCTION ${fn}()`,
    `CREATE TRIGGER ${table}_presence_delete AFTER DELETE ON ${table}
       FOR EACH ROW WHEN (OLD.${counter} > 0) EXECUTE FUNCTION ${fn}()`,
  ];
}

/** +1 when the trigger's row became present, -1 when it stopped being (see `presenceTriggers`). */
const DELTA = `CASE TG_OP WHEN 'INSERT' THEN 1 WHEN 'DELETE' THEN -1 ELSE CASE WHEN %NEW% > 0 THEN 1 ELSE -1 END END`;
function delta(counter: string): string {
  return DELTA.replace('%NEW%', `NEW.${counter}`);
}

/** The tables derived from `reporting_site_days` and `reporting_site_month_members`. */
const DERIVED_TABLES = [
  'reporting_site_months',
  'reporting_member_site_months',
  'reporting_site_month_counts',
  'reporting_member_epci_months',
  'reporting_epci_month_counts',
  'reporting_member_months',
  'reporting_member_years',
];

/** The triggers on the rollups' own tables, taken off while they are rebuilt set-based. */
const PRESENCE_TABLES = [
  'reporting_site_days',
  'reporting_site_month_members',
  'reporting_member_site_months',
  'reporting_member_epci_months',
  'reporting_member_months',
];

export class ReportingMonthlyRollups1764460000000 implements MigrationInterface {
  name = 'ReportingMonthlyRollups1764460000000';

  async up(db: QueryRunner): Promise<void> {
    // Booked time per site, local month and kind: the sums of `reporting_site_days` over the month. A year of
    // the network is then about 3,500 × 12 × kinds rows instead of 900,000 day rows.
    await db.query(`
      CREATE TABLE reporting_site_months (
        month date NOT NULL,
        site_id uuid NOT NULL,
        kind text NOT NULL,
        ${DAY_COUNTERS.map((column) => `${column} integer NOT NULL DEFAULT 0`).join(', ')},
        CONSTRAINT reporting_site_months_pkey PRIMARY KEY (month, site_id, kind),
        CONSTRAINT reporting_site_months_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT reporting_site_months_counts_check CHECK (${DAY_COUNTERS.map((c) => `${c} >= 0`).join(' AND ')}),
        CONSTRAINT reporting_site_months_month_check CHECK (extract(day FROM month) = 1)
      )`);

    // Unique members cannot be added up, so distinct people are kept at each level the goal reports group
    // by, each row counting its present children (a row at 0 is someone no longer there): the member at a
    // site in a month (present while any kind's row of reporting_site_month_members has bookings), in an EPCI
    // in a month (any published site of the EPCI), in the network in a month (any EPCI), and per year the
    // months the member came (a bit mask, January = 1). Counting children rather than looking at sibling rows
    // keeps each trigger about its own row: right whatever order one statement changes many rows in (a
    // site's recount, an account's deletion). The EPCI and network levels hold published sites only, as an
    // officer's report does; a site published, archived or moved to another EPCI moves its members (trigger
    // on sites below). Personal data derived from the bookings: it goes with the account (ON DELETE CASCADE),
    // like reporting_site_month_members.
    await db.query(`
      CREATE TABLE reporting_member_site_months (
        month date NOT NULL,
        site_id uuid NOT NULL,
        user_id uuid NOT NULL,
        kinds integer NOT NULL DEFAULT 0,
        CONSTRAINT reporting_member_site_months_pkey PRIMARY KEY (month, site_id, user_id),
        CONSTRAINT reporting_member_site_months_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT reporting_member_site_months_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT reporting_member_site_months_kinds_check CHECK (kinds >= 0)
      )`);
    await db.query(`
      CREATE TABLE reporting_member_epci_months (
        month date NOT NULL,
        epci_code text NOT NULL,
        user_id uuid NOT NULL,
        sites integer NOT NULL DEFAULT 0,
        CONSTRAINT reporting_member_epci_months_pkey PRIMARY KEY (month, epci_code, user_id),
        CONSTRAINT reporting_member_epci_months_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT reporting_member_epci_months_sites_check CHECK (sites >= 0)
      )`);
    await db.query(`
      CREATE TABLE reporting_member_months (
        month date NOT NULL,
        user_id uuid NOT NULL,
        epcis integer NOT NULL DEFAULT 0,
        CONSTRAINT reporting_member_months_pkey PRIMARY KEY (month, user_id),
        CONSTRAINT reporting_member_months_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT reporting_member_months_epcis_check CHECK (epcis >= 0)
      )`);
    await db.query(`
      CREATE TABLE reporting_member_years (
        year integer NOT NULL,
        user_id uuid NOT NULL,
        months integer NOT NULL DEFAULT 0,
        CONSTRAINT reporting_member_years_pkey PRIMARY KEY (year, user_id),
        CONSTRAINT reporting_member_years_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT reporting_member_years_months_check CHECK (months >= 0 AND months < 4096)
      )`);
    for (const table of [
      'reporting_member_site_months',
      'reporting_member_epci_months',
      'reporting_member_months',
      'reporting_member_years',
    ]) {
      // The account's deletion finds its rows.
      await db.query(`CREATE INDEX ${table}_user_id_idx ON ${table} (user_id)`);
    }
    // The network's unique members over some months of a year: an index-only scan of the year's rows.
    await db.query(`CREATE INDEX reporting_member_years_year_months_idx ON reporting_member_years (year, months)`);

    // Present members per site and month and per EPCI and month: a row per group for the network's month by
    // site and year by EPCI × month.
    await db.query(`
      CREATE TABLE reporting_site_month_counts (
        month date NOT NULL,
        site_id uuid NOT NULL,
        members integer NOT NULL DEFAULT 0,
        CONSTRAINT reporting_site_month_counts_pkey PRIMARY KEY (month, site_id),
        CONSTRAINT reporting_site_month_counts_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT reporting_site_month_counts_members_check CHECK (members >= 0)
      )`);
    await db.query(`
      CREATE TABLE reporting_epci_month_counts (
        month date NOT NULL,
        epci_code text NOT NULL,
        members integer NOT NULL DEFAULT 0,
        CONSTRAINT reporting_epci_month_counts_pkey PRIMARY KEY (month, epci_code),
        CONSTRAINT reporting_epci_month_counts_members_check CHECK (members >= 0)
      )`);

    for (const counter of [
      MEMBER_SITE_MONTHS,
      SITE_MONTH_COUNTS,
      MEMBER_EPCI_MONTHS,
      EPCI_MONTH_COUNTS,
      MEMBER_MONTHS,
    ]) {
      await db.query(addFunction(counter));
    }

    // Day rows → month rows: whatever changes a day row (a booking's rollup, a site's recount, a change of
    // kind) changes its month's row by the same amounts. An update takes the old amounts back, then adds the
    // new ones.
    await db.query(`
      CREATE FUNCTION reporting_add_site_month(p_day reporting_site_days, p_sign integer) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        IF p_sign < 0 THEN
          UPDATE reporting_site_months SET ${DAY_COUNTERS.map((c) => `${c} = ${c} - p_day.${c}`).join(', ')}
          WHERE month = date_trunc('month', p_day.day)::date AND site_id = p_day.site_id AND kind = p_day.kind;
          RETURN;
        END IF;
        INSERT INTO reporting_site_months AS m (month, site_id, kind, ${DAY_COUNTERS.join(', ')})
        VALUES (date_trunc('month', p_day.day)::date, p_day.site_id, p_day.kind,
                ${DAY_COUNTERS.map((c) => `p_day.${c}`).join(', ')})
        ON CONFLICT (month, site_id, kind) DO UPDATE SET
          ${DAY_COUNTERS.map((c) => `${c} = m.${c} + EXCLUDED.${c}`).join(', ')};
      END $$`);
    await db.query(`
      CREATE FUNCTION reporting_site_days_months() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM reporting_add_site_month(OLD, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM reporting_add_site_month(NEW, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER reporting_site_days_months AFTER INSERT OR UPDATE OR DELETE ON reporting_site_days
        FOR EACH ROW EXECUTE FUNCTION reporting_site_days_months()`);

    // A member's row for one kind at a site → their row at the site (any kind).
    await db.query(`
      CREATE FUNCTION reporting_site_month_members_presence() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r reporting_site_month_members := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      BEGIN
        PERFORM reporting_add_member_site_months(r.month, r.site_id, r.user_id, ${delta('bookings')});
        RETURN NULL;
      END $$`);
    // A member at a site → the site's count, and, for a published site, the member in its EPCI.
    await db.query(`
      CREATE FUNCTION reporting_member_site_months_presence() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r reporting_member_site_months := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        change integer := ${delta('kinds')};
        site record;
      BEGIN
        PERFORM reporting_add_site_month_counts(r.month, r.site_id, change);
        SELECT status, coalesce(epci_code, 'none') AS epci INTO site FROM sites WHERE id = r.site_id;
        IF site.status = 'published' THEN
          PERFORM reporting_add_member_epci_months(r.month, site.epci, r.user_id, change);
        END IF;
        RETURN NULL;
      END $$`);
    // A member in an EPCI → the EPCI's count, and the member in the network.
    await db.query(`
      CREATE FUNCTION reporting_member_epci_months_presence() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r reporting_member_epci_months := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        change integer := ${delta('sites')};
      BEGIN
        PERFORM reporting_add_epci_month_counts(r.month, r.epci_code, change);
        PERFORM reporting_add_member_months(r.month, r.user_id, change);
        RETURN NULL;
      END $$`);
    // A member in the network in a month → that month's bit in their year.
    await db.query(`
      CREATE FUNCTION reporting_member_months_presence() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        r reporting_member_months := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        month_bit integer := 1 << (extract(month FROM r.month)::integer - 1);
      BEGIN
        IF (${delta('epcis')}) > 0 THEN
          INSERT INTO reporting_member_years AS y (year, user_id, months)
          VALUES (extract(year FROM r.month)::integer, r.user_id, month_bit)
          ON CONFLICT (year, user_id) DO UPDATE SET months = y.months | EXCLUDED.months;
        ELSE
          UPDATE reporting_member_years SET months = months & ~month_bit
          WHERE year = extract(year FROM r.month)::integer AND user_id = r.user_id;
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, counter] of [
      ['reporting_site_month_members', 'bookings'],
      ['reporting_member_site_months', 'kinds'],
      ['reporting_member_epci_months', 'sites'],
      ['reporting_member_months', 'epcis'],
    ]) {
      for (const sql of presenceTriggers(table, counter, `${table}_presence`)) await db.query(sql);
    }

    // A site published or unpublished, or moved to another EPCI, moves its members between EPCIs (the
    // network's figures hold published sites only). Under the site's lock, as a recount: a booking committing
    // meanwhile at this site waits, then reads the new status.
    await db.query(`
      CREATE FUNCTION reporting_sites_membership() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM reporting_lock_site(NEW.id, true);
        IF OLD.status = 'published' THEN
          UPDATE reporting_member_epci_months e SET sites = e.sites - 1
          FROM reporting_member_site_months s
          WHERE s.site_id = NEW.id AND s.kinds > 0
            AND e.month = s.month AND e.epci_code = coalesce(OLD.epci_code, 'none') AND e.user_id = s.user_id;
        END IF;
        IF NEW.status = 'published' THEN
          INSERT INTO reporting_member_epci_months AS e (month, epci_code, user_id, sites)
          SELECT s.month, coalesce(NEW.epci_code, 'none'), s.user_id, 1
          FROM reporting_member_site_months s WHERE s.site_id = NEW.id AND s.kinds > 0
          ON CONFLICT (month, epci_code, user_id) DO UPDATE SET sites = e.sites + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER sites_reporting_membership AFTER UPDATE OF status, epci_code ON sites
        FOR EACH ROW
        WHEN ((OLD.status = 'published') IS DISTINCT FROM (NEW.status = 'published')
              OR (NEW.status = 'published' AND OLD.epci_code IS DISTINCT FROM NEW.epci_code))
        EXECUTE FUNCTION reporting_sites_membership()`);

    // Everything derived, from the day rollup and the members per site, kind and month, set-based, with the
    // rollups' own triggers off meanwhile (each would otherwise replay the rows one by one). For this
    // migration's backfill, and for a bulk load that filled those two tables with the triggers off (the
    // reporting bench): the same rows the triggers would have made.
    await db.query(`
      CREATE FUNCTION reporting_rebuild_monthly() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        relations text[];
        names text[];
        definitions text[];
      BEGIN
        ${PRESENCE_TABLES.map((table) => `ALTER TABLE ${table} DISABLE TRIGGER USER;`).join('\n        ')}
        TRUNCATE reporting_site_months, reporting_member_site_months, reporting_site_month_counts,
                 reporting_member_epci_months, reporting_epci_month_counts, reporting_member_months,
                 reporting_member_years;
        -- The foreign keys are checked row by row on insert (millions of lookups of users and sites at
        -- national scale); put back afterwards, each is validated in one join.
        SELECT coalesce(array_agg(conrelid::regclass::text), '{}'), coalesce(array_agg(conname::text), '{}'),
               coalesce(array_agg(pg_get_constraintdef(oid)), '{}')
        INTO relations, names, definitions
        FROM pg_constraint
        WHERE contype = 'f' AND conrelid = ANY (ARRAY[${DERIVED_TABLES.map((table) => `'${table}'`).join(', ')}]::regclass[]);
        FOR i IN 1 .. cardinality(names) LOOP
          EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', relations[i], names[i]);
        END LOOP;
        INSERT INTO reporting_site_months (month, site_id, kind, ${DAY_COUNTERS.join(', ')})
        SELECT date_trunc('month', day)::date, site_id, kind, ${DAY_COUNTERS.map((c) => `sum(${c})`).join(', ')}
        FROM reporting_site_days GROUP BY 1, 2, 3;
        INSERT INTO reporting_member_site_months (month, site_id, user_id, kinds)
        SELECT month, site_id, user_id, count(*) FROM reporting_site_month_members WHERE bookings > 0
        GROUP BY 1, 2, 3;
        INSERT INTO reporting_site_month_counts (month, site_id, members)
        SELECT month, site_id, count(*) FROM reporting_member_site_months GROUP BY 1, 2;
        INSERT INTO reporting_member_epci_months (month, epci_code, user_id, sites)
        SELECT m.month, coalesce(s.epci_code, 'none'), m.user_id, count(*)
        FROM reporting_member_site_months m JOIN sites s ON s.id = m.site_id AND s.status = 'published'
        GROUP BY 1, 2, 3;
        INSERT INTO reporting_epci_month_counts (month, epci_code, members)
        SELECT month, epci_code, count(*) FROM reporting_member_epci_months GROUP BY 1, 2;
        INSERT INTO reporting_member_months (month, user_id, epcis)
        SELECT month, user_id, count(*) FROM reporting_member_epci_months GROUP BY 1, 2;
        INSERT INTO reporting_member_years (year, user_id, months)
        SELECT extract(year FROM month)::integer, user_id, bit_or(1 << (extract(month FROM month)::integer - 1))
        FROM reporting_member_months GROUP BY 1, 2;
        FOR i IN 1 .. cardinality(names) LOOP
          EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', relations[i], names[i], definitions[i]);
        END LOOP;
        ${PRESENCE_TABLES.map((table) => `ALTER TABLE ${table} ENABLE TRIGGER USER;`).join('\n        ')}
      END $$`);
    await db.query(`SELECT reporting_rebuild_monthly()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER sites_reporting_membership ON sites`);
    await db.query(`DROP FUNCTION reporting_sites_membership()`);
    await db.query(`DROP TRIGGER reporting_site_days_months ON reporting_site_days`);
    for (const suffix of ['insert', 'update', 'delete']) {
      await db.query(`DROP TRIGGER reporting_site_month_members_presence_${suffix} ON reporting_site_month_members`);
    }
    await db.query(`DROP FUNCTION reporting_rebuild_monthly()`);
    await db.query(
      `DROP TABLE reporting_site_months, reporting_member_site_months, reporting_site_month_counts,
                  reporting_member_epci_months, reporting_epci_month_counts, reporting_member_months,
                  reporting_member_years`,
    );
    for (const fn of [
      'reporting_site_days_months()',
      'reporting_add_site_month(reporting_site_days, integer)',
      'reporting_site_month_members_presence()',
      'reporting_member_site_months_presence()',
      'reporting_member_epci_months_presence()',
      'reporting_member_months_presence()',
      'reporting_add_member_site_months(date, uuid, uuid, integer)',
      'reporting_add_site_month_counts(date, uuid, integer)',
      'reporting_add_member_epci_months(date, text, uuid, integer)',
      'reporting_add_epci_month_counts(date, text, integer)',
      'reporting_add_member_months(date, uuid, integer)',
    ]) {
      await db.query(`DROP FUNCTION ${fn}`);
    }
  }
}
