import { MigrationInterface, QueryRunner } from 'typeorm';

/** The month rollup's counters, in their column order. */
const COUNTERS = [
  'morning_minutes',
  'afternoon_minutes',
  'bookings',
  'morning_bookings',
  'afternoon_bookings',
  'no_shows',
  'morning_no_shows',
  'afternoon_no_shows',
];
const MINUTES = new Set(['morning_minutes', 'afternoon_minutes']);

/**
 * Booked time per EPCI, local month and kind over the published sites: the sums of `reporting_site_months`,
 * as the EPCI and network levels of the unique members hold the published sites only. The network's year by
 * EPCI × month (a goal of the reports) read 93,000 site-month rows at national scale, joined each to its site
 * for the EPCI and grouped them; this table answers it with a row per group and kind (about a third of that,
 * no join). Kept by a trigger on `reporting_site_months` (whatever changes a site's month changes its EPCI's by
 * the same amounts) and by one on `sites` (a site published, unpublished or moved to another EPCI moves its
 * months, under the site's lock, as `reporting_sites_membership` moves its members). A site without an EPCI
 * counts under 'none', as in the presence levels.
 */
export class ReportingEpciMonths1764476000000 implements MigrationInterface {
  name = 'ReportingEpciMonths1764476000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reporting_epci_months (
        month date NOT NULL,
        epci_code text NOT NULL,
        kind text NOT NULL,
        ${COUNTERS.map((c) => `${c} ${MINUTES.has(c) ? 'bigint' : 'integer'} NOT NULL DEFAULT 0`).join(', ')},
        CONSTRAINT reporting_epci_months_pkey PRIMARY KEY (month, epci_code, kind),
        CONSTRAINT reporting_epci_months_counts_check CHECK (${COUNTERS.map((c) => `${c} >= 0`).join(' AND ')}),
        CONSTRAINT reporting_epci_months_month_check CHECK (extract(day FROM month) = 1)
      )`);

    // Adds a site's month row (p_sign 1) to its EPCI's, or takes it back (-1). Taking back is an update: an
    // upsert would check its proposed negative row against the CHECK before finding the conflict.
    await db.query(`
      CREATE FUNCTION reporting_add_epci_month(p_epci_code text, p_row reporting_site_months, p_sign integer)
      RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF p_sign < 0 THEN
          UPDATE reporting_epci_months SET ${COUNTERS.map((c) => `${c} = ${c} - p_row.${c}`).join(', ')}
          WHERE month = p_row.month AND epci_code = p_epci_code AND kind = p_row.kind;
          RETURN;
        END IF;
        INSERT INTO reporting_epci_months AS e (month, epci_code, kind, ${COUNTERS.join(', ')})
        VALUES (p_row.month, p_epci_code, p_row.kind, ${COUNTERS.map((c) => `p_row.${c}`).join(', ')})
        ON CONFLICT (month, epci_code, kind) DO UPDATE SET
          ${COUNTERS.map((c) => `${c} = e.${c} + EXCLUDED.${c}`).join(', ')};
      END $$`);
    await db.query(`
      CREATE FUNCTION reporting_site_months_epci() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        site record;
      BEGIN
        SELECT status, coalesce(epci_code, 'none') AS epci INTO site
        FROM sites WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.site_id ELSE NEW.site_id END;
        IF site.status IS DISTINCT FROM 'published' THEN
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM reporting_add_epci_month(site.epci, OLD, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM reporting_add_epci_month(site.epci, NEW, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER reporting_site_months_epci AFTER INSERT OR UPDATE OR DELETE ON reporting_site_months
        FOR EACH ROW EXECUTE FUNCTION reporting_site_months_epci()`);

    // The site's new status and EPCI are those the row trigger above reads from now on; under the site's lock,
    // a booking's rollup committing meanwhile at this site waits, then adds to the EPCI it reads.
    await db.query(`
      CREATE FUNCTION reporting_sites_epci_months() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM reporting_lock_site(NEW.id, true);
        IF OLD.status = 'published' THEN
          UPDATE reporting_epci_months e SET ${COUNTERS.map((c) => `${c} = e.${c} - m.${c}`).join(', ')}
          FROM reporting_site_months m
          WHERE m.site_id = NEW.id
            AND e.month = m.month AND e.epci_code = coalesce(OLD.epci_code, 'none') AND e.kind = m.kind;
        END IF;
        IF NEW.status = 'published' THEN
          INSERT INTO reporting_epci_months AS e (month, epci_code, kind, ${COUNTERS.join(', ')})
          SELECT m.month, coalesce(NEW.epci_code, 'none'), m.kind, ${COUNTERS.map((c) => `m.${c}`).join(', ')}
          FROM reporting_site_months m WHERE m.site_id = NEW.id
          ON CONFLICT (month, epci_code, kind) DO UPDATE SET
            ${COUNTERS.map((c) => `${c} = e.${c} + EXCLUDED.${c}`).join(', ')};
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER sites_reporting_epci_months AFTER UPDATE OF status, epci_code ON sites
        FOR EACH ROW
        WHEN ((OLD.status = 'published') IS DISTINCT FROM (NEW.status = 'published')
              OR (NEW.status = 'published' AND OLD.epci_code IS DISTINCT FROM NEW.epci_code))
        EXECUTE FUNCTION reporting_sites_epci_months()`);

    // The set-based rebuild (the backfill below, and the reporting bench after its bulk load) gains this level:
    // the month tables are rebuilt with this table's trigger off, then the EPCI months summed in one statement.
    await db.query(`ALTER FUNCTION reporting_rebuild_monthly() RENAME TO reporting_rebuild_site_months`);
    await db.query(`
      CREATE FUNCTION reporting_rebuild_monthly() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        ALTER TABLE reporting_site_months DISABLE TRIGGER reporting_site_months_epci;
        PERFORM reporting_rebuild_site_months();
        ALTER TABLE reporting_site_months ENABLE TRIGGER reporting_site_months_epci;
        TRUNCATE reporting_epci_months;
        INSERT INTO reporting_epci_months (month, epci_code, kind, ${COUNTERS.join(', ')})
        SELECT m.month, coalesce(s.epci_code, 'none'), m.kind, ${COUNTERS.map((c) => `sum(m.${c})`).join(', ')}
        FROM reporting_site_months m JOIN sites s ON s.id = m.site_id AND s.status = 'published'
        GROUP BY 1, 2, 3;
      END $$`);
    await db.query(`
      INSERT INTO reporting_epci_months (month, epci_code, kind, ${COUNTERS.join(', ')})
      SELECT m.month, coalesce(s.epci_code, 'none'), m.kind, ${COUNTERS.map((c) => `sum(m.${c})`).join(', ')}
      FROM reporting_site_months m JOIN sites s ON s.id = m.site_id AND s.status = 'published'
      GROUP BY 1, 2, 3`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION reporting_rebuild_monthly()`);
    await db.query(`ALTER FUNCTION reporting_rebuild_site_months() RENAME TO reporting_rebuild_monthly`);
    await db.query(`DROP TRIGGER sites_reporting_epci_months ON sites`);
    await db.query(`DROP FUNCTION reporting_sites_epci_months()`);
    await db.query(`DROP TRIGGER reporting_site_months_epci ON reporting_site_months`);
    await db.query(`DROP FUNCTION reporting_site_months_epci()`);
    await db.query(`DROP FUNCTION reporting_add_epci_month(text, reporting_site_months, integer)`);
    await db.query(`DROP TABLE reporting_epci_months`);
  }
}
