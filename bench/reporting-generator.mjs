// Five years of a national network's bookings for the reporting benchmark, written straight into the real
// schema after the API ran its migrations: the network of `network-generator.mjs` (3,500 sites in real
// communes and EPCIs, about 57,000 resources), members with home communes across France and employers, then
// ten million bookings made in SQL (`INSERT … SELECT` over `generate_series`), events and registrations.
//
// Bookings are loaded as a bulk load would be: without the bookings' secondary indexes, foreign keys,
// exclusion constraint and reporting trigger, which are put back afterwards (the constraints validated then);
// the daily rollup the trigger keeps (`reporting_site_days`) is filled in one set-based statement, checked on
// a sample against the trigger's own function. Deterministic: `setseed` fixes PostgreSQL's random().
import { generateNetwork } from './network-generator.mjs';

/** Five calendar years up to the end of the current one; the bench's "today" is the database's. */
export const FIRST_DAY = '2022-01-01';
export const LAST_DAY = '2026-12-31';

/**
 * Public holidays on a fixed date (Easter's are left out: a few bookings on Easter Monday do not move the
 * figures the bench measures).
 */
const FIXED_HOLIDAYS = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

const TRIGGER = 'bookings_reporting_rollup';

/**
 * Runs one timed statement (or a function of the client) and prints it; returns the result. `phases`
 * collects { label, seconds, rows } for the report.
 */
function stepper(client, phases) {
  return async (label, sql, params = []) => {
    const started = Date.now();
    const result = typeof sql === 'function' ? await sql() : await client.query(sql, params);
    const seconds = (Date.now() - started) / 1000;
    const rows = result?.rowCount ?? null;
    phases.push({ label, seconds, rows });
    process.stdout.write(`  ${label}: ${rows ?? '—'} rows in ${seconds.toFixed(1)} s\n`);
    return result;
  };
}

/**
 * Fills the database. `sites` and `bookings` set the scale; members and employers follow the sites.
 * Returns the phases' durations and the data set's sizes.
 */
export async function generateReportingData(pool, { sites, bookings, members, connections = 3, seed = 0.17 }) {
  const phases = [];
  const client = await pool.connect();
  const step = stepper(client, phases);
  try {
    // The network: its bookings around one day before the five years are removed right after.
    process.stdout.write('The network (bench/network-generator.mjs):\n');
    const networkStarted = Date.now();
    await generateNetwork(pool, {
      sites,
      gersSites: Math.max(1, Math.round((sites * 150) / 3500)),
      desksPerSite: 14.3,
      benchDate: '2021-12-30',
      days: 0,
    });
    phases.push({ label: 'network (sites, resources)', seconds: (Date.now() - networkStarted) / 1000, rows: null });
    await client.query('SET work_mem = $$256MB$$');
    await client.query('SET maintenance_work_mem = $$1GB$$');
    await client.query('SELECT setseed($1)', [seed]);
    await step('network bookings removed', 'DELETE FROM bookings');
    await client.query('TRUNCATE reporting_site_days');
    if (await hasMonthMembers(client)) await client.query('TRUNCATE reporting_site_month_members');

    process.stdout.write('Members and employers:\n');
    await step(
      'site numbers',
      `CREATE UNLOGGED TABLE bench_sites AS
       SELECT row_number() OVER (ORDER BY id)::int AS n, id, commune_code, timezone, opening_hours FROM sites`,
    );
    await client.query('CREATE UNIQUE INDEX ON bench_sites (n)');
    await step(
      'communes',
      `CREATE UNLOGGED TABLE bench_communes AS
       SELECT row_number() OVER (ORDER BY code)::int AS n, code FROM communes`,
    );
    await client.query('CREATE UNIQUE INDEX ON bench_communes (n)');
    const employers = Math.max(50, Math.round(members / 40));
    await step(
      'employers',
      `INSERT INTO organizations (name, search_name, siren)
       SELECT 'Employeur ' || n, 'employeur ' || n, '9' || lpad(n::text, 8, '0') FROM generate_series(1, $1::int) AS n`,
      [employers],
    );
    // Each member has a home site, the one they mostly book: 85 % live in its commune, 12 % anywhere in
    // France (the Gers' neighbours and further), 3 % never said.
    await step(
      'members',
      `INSERT INTO users (email, password_hash, first_name, last_name, home_commune_code)
       SELECT 'adherent-' || x.n || '@example.fr', 'bench: no password', 'Dominique', 'Adhérent ' || x.n,
              CASE WHEN x.roll < 0.85 THEN s.commune_code WHEN x.roll < 0.97 THEN c.code END
       FROM (SELECT n, random() AS roll, 1 + floor(random() * (SELECT count(*) FROM bench_communes))::int AS commune
             FROM generate_series(1, $1::int) AS n) AS x
       JOIN bench_sites s ON s.n = 1 + (x.n - 1) % $2::int
       JOIN bench_communes c ON c.n = x.commune`,
      [members, sites],
    );
    // 45 % of the members are employed by an organization of the network; sizes are skewed (random()²),
    // so that some employers have fewer than five members (the reports' privacy threshold).
    await step(
      'member numbers and employers',
      `CREATE UNLOGGED TABLE bench_members AS
       SELECT x.n, x.id, x.home_commune_code, o.id AS organization_id
       FROM (SELECT substring(u.email FROM 'adherent-([0-9]+)@')::int AS n, u.id, u.home_commune_code,
                    random() AS employed, 1 + floor(random() ^ 2 * $1::int)::int AS employer
             FROM users u WHERE u.email LIKE 'adherent-%') AS x
       LEFT JOIN (SELECT row_number() OVER (ORDER BY siren)::int AS n, id FROM organizations
                  WHERE siren LIKE '9%') AS o ON o.n = x.employer AND x.employed < 0.45`,
      [employers],
    );
    await client.query('CREATE UNIQUE INDEX ON bench_members (n)');
    await step(
      'employer memberships',
      `INSERT INTO organization_members (user_id, organization_id)
       SELECT id, organization_id FROM bench_members WHERE organization_id IS NOT NULL`,
    );

    process.stdout.write('Calendar:\n');
    await step(
      'days',
      `CREATE UNLOGGED TABLE bench_days AS
       SELECT d::date AS day, extract(isodow FROM d)::int AS isodow, (d::date - $1::date) AS n,
              -- Growth over the five years (0.7 to 1.3 of the mean) and a quiet August.
              (0.7 + 0.6 * (d::date - $1::date) / ($2::date - $1::date))
                * CASE WHEN extract(month FROM d) = 8 THEN 0.5 ELSE 1.045 END AS demand
       FROM generate_series($1::date, $2::date, interval '1 day') AS d
       WHERE to_char(d, 'MM-DD') <> ALL ($3::text[])`,
      [FIRST_DAY, LAST_DAY, FIXED_HOLIDAYS],
    );
    // Each site's weekday: from the first opening to the last closing time.
    await step(
      'opening days',
      `CREATE UNLOGGED TABLE bench_hours AS
       SELECT s.id AS site_id, s.n AS site_n, s.timezone, w.isodow,
              (s.opening_hours -> w.name -> 0 ->> 0)::time AS opens,
              CASE WHEN s.opening_hours -> w.name -> -1 ->> 1 = '24:00' THEN time '23:59'
                   ELSE (s.opening_hours -> w.name -> -1 ->> 1)::time END AS closes
       FROM bench_sites s
       CROSS JOIN (VALUES (1, 'mon'), (2, 'tue'), (3, 'wed'), (4, 'thu'), (5, 'fri'), (6, 'sat'), (7, 'sun'))
         AS w(isodow, name)
       WHERE jsonb_array_length(coalesce(s.opening_hours -> w.name, '[]')) > 0`,
    );
    await step(
      'closures',
      `INSERT INTO site_closures (site_id, date, reason)
       SELECT x.site_id, x.day, 'Fermeture exceptionnelle'
       FROM (SELECT h.site_id, d.day, random() AS draw FROM bench_hours h JOIN bench_days d ON d.isodow = h.isodow)
         AS x
       WHERE x.draw < 0.003
       ON CONFLICT DO NOTHING`,
    );
    const [{ candidates }] = (
      await client.query(
        `SELECT count(*)::bigint AS candidates
         FROM resources r JOIN bench_hours h ON h.site_id = r.site_id JOIN bench_days d ON d.isodow = h.isodow
         WHERE r.active`,
      )
    ).rows;
    // One draw per resource and open day; a tenth of the drawn desk-days are split between a morning and an
    // afternoon booking (two rows), so the draw is a little under bookings / candidates.
    const take = Math.min(0.95, (bookings * 1.01) / Number(candidates) / 1.06);
    process.stdout.write(
      `  ${Number(candidates).toLocaleString('en-GB')} resource-days open; drawing ${(take * 100).toFixed(1)} % of them\n`,
    );

    process.stdout.write('Bookings (bulk load):\n');
    const { indexes, constraints } = await dropForLoad(client, step);
    const memberCount = Number((await client.query('SELECT count(*) AS n FROM bench_members')).rows[0].n);
    const perSite = Math.max(1, Math.floor(memberCount / sites));
    const firstYear = Number(FIRST_DAY.slice(0, 4));
    const years = Array.from({ length: Number(LAST_DAY.slice(0, 4)) - firstYear + 1 }, (_, i) => firstYear + i);
    await inParallel(pool, connections, years, async (lane, year) =>
      stepper(lane, phases)(`bookings ${year}`, BOOKINGS_SQL, [
        `${year}-01-01`,
        `${year}-12-31`,
        take,
        sites,
        perSite,
        memberCount,
      ]),
    );

    // The secondary indexes (CREATE INDEX shares its lock with reads and other index builds) and the rollup,
    // on parallel connections. The exclusion constraint and the foreign keys come back last
    // (`restoreConstraints`): ADD CONSTRAINT … EXCLUDE holds an exclusive lock on bookings for the whole build.
    process.stdout.write('Indexes and reporting rollup:\n');
    await inParallel(pool, connections, [...indexes.map((index) => ({ index })), { rollup: true }], (lane, task) =>
      task.index
        ? stepper(lane, phases)(`index ${task.index.name}`, task.index.definition)
        : fillRollup(lane, stepper(lane, phases)),
    );
    await client.query(`ALTER TABLE bookings ENABLE TRIGGER ${TRIGGER}`);

    process.stdout.write('Events:\n');
    await step(
      'events',
      `INSERT INTO events (site_id, title, category, starts_at, ends_at, timezone, capacity, taken, status,
                           published_at, cancelled_at, created_at)
       SELECT x.site_id, 'Rencontre ' || x.n, (ARRAY['workshop', 'afterwork', 'training', 'telework_cafe',
              'open_day', 'talk', 'other'])[1 + x.n % 7],
              (x.day + time '18:00') AT TIME ZONE x.timezone, (x.day + time '20:00') AT TIME ZONE x.timezone,
              x.timezone, x.capacity, 0, CASE WHEN x.cancel < 0.05 THEN 'cancelled' ELSE 'published' END,
              (x.day - 30)::timestamptz, CASE WHEN x.cancel < 0.05 THEN (x.day - 2)::timestamptz END,
              (x.day - 31)::timestamptz
       FROM (SELECT row_number() OVER ()::int AS n, h.site_id, h.timezone, d.day, random() AS cancel,
                    random() AS draw, (ARRAY[12, 20, 30, 50])[1 + floor(random() * 4)::int] AS capacity
             FROM bench_hours h JOIN bench_days d ON d.isodow = h.isodow
             WHERE h.isodow = 4 AND extract(day FROM d.day) BETWEEN 8 AND 14) AS x
       WHERE x.draw < 0.5`,
    );
    // Registrations by distinct members of the site's pool (the member numbers n + k × sites).
    await step(
      'registrations',
      `INSERT INTO event_registrations (event_id, user_id, status, registered_at, cancelled_at, attended_at)
       SELECT e.id, m.id,
              CASE WHEN x.roll < 0.08 THEN 'cancelled'
                   WHEN e.starts_at < now() AND e.status = 'published' AND x.roll < 0.75 THEN 'attended'
                   ELSE 'registered' END,
              e.starts_at - interval '10 days',
              CASE WHEN x.roll < 0.08 THEN e.starts_at - interval '3 days' END,
              CASE WHEN x.roll >= 0.08 AND x.roll < 0.75 AND e.starts_at < now() AND e.status = 'published'
                   THEN e.starts_at END
       FROM (SELECT e.id, e.site_id, e.capacity, floor(random() * 0.9 * e.capacity)::int AS registrations
             FROM events e) AS t
       JOIN events e ON e.id = t.id
       JOIN bench_sites s ON s.id = t.site_id
       CROSS JOIN LATERAL (SELECT k, random() AS roll FROM generate_series(0, t.registrations - 1) AS k) AS x
       JOIN bench_members m ON m.n = s.n + x.k * $1::int
       WHERE s.n + x.k * $1::int <= $2::int`,
      [sites, memberCount],
    );
    await step(
      'events taken',
      `UPDATE events e SET taken = r.taken
       FROM (SELECT event_id, count(*)::int AS taken FROM event_registrations WHERE status <> 'cancelled'
             GROUP BY event_id) AS r
       WHERE r.event_id = e.id AND e.status = 'published'`,
    );

    await client.query('DROP TABLE bench_sites, bench_communes, bench_members, bench_days, bench_hours');
    await step('vacuum and statistics', 'VACUUM (ANALYZE)');
    const [sizes] = (
      await client.query(
        `SELECT (SELECT count(*) FROM sites)::int AS sites,
                (SELECT count(*) FROM sites WHERE status = 'published')::int AS published_sites,
                (SELECT count(*) FROM resources)::int AS resources,
                (SELECT count(*) FROM users)::int AS users,
                (SELECT count(*) FROM organizations)::int AS organizations,
                (SELECT count(*) FROM bookings)::bigint AS bookings,
                (SELECT count(*) FROM bookings WHERE status IN ('confirmed', 'checked_in'))::bigint AS counted,
                (SELECT count(*) FROM reporting_site_days)::bigint AS rollup_rows,
                (SELECT count(*) FROM events)::int AS events,
                (SELECT count(*) FROM event_registrations)::int AS registrations,
                pg_size_pretty(pg_database_size(current_database())) AS database_size,
                pg_size_pretty(pg_total_relation_size('bookings')) AS bookings_size,
                pg_size_pretty(pg_total_relation_size('reporting_site_days')) AS rollup_size`,
      )
    ).rows;
    return {
      phases,
      sizes,
      /** The exclusion constraint and foreign keys, validated on the loaded rows; then statistics again. */
      async restoreConstraints() {
        const lane = await pool.connect();
        const laneStep = stepper(lane, phases);
        try {
          await lane.query('SET maintenance_work_mem = $$1GB$$');
          for (const { name, definition } of constraints) {
            await laneStep(`constraint ${name}`, `ALTER TABLE bookings ADD CONSTRAINT ${name} ${definition}`);
          }
          await laneStep('statistics', 'ANALYZE bookings');
          const [{ size }] = (await lane.query('SELECT pg_size_pretty(pg_database_size(current_database())) AS size'))
            .rows;
          return size;
        } finally {
          lane.release();
        }
      },
    };
  } finally {
    client.release();
  }
}

/**
 * One year of bookings: for each active resource and open day of its site, a draw; desks are booked for a
 * full day (50 %), a morning (20 %), an afternoon (20 %) or a morning and an afternoon by two members (10 %);
 * meeting rooms and offices for one to three hours, phone booths for an hour, within the opening. At most one
 * active booking a resource and half-day, by construction. 80 % of the bookings are made by a member of the
 * site's pool (members n ≡ site n mod sites), 20 % by anyone. Past bookings are mostly checked in or
 * confirmed, some cancelled, a few no-shows; future ones confirmed or cancelled. Home commune and employer
 * are copied from the member, as the API records them. $1–$2 the year, $3 the draw, $4 sites, $5 members per
 * site, $6 members.
 */
const BOOKINGS_SQL = `
  INSERT INTO bookings (resource_id, site_id, user_id, during, slot, status, home_commune_code, organization_id,
                        created_at, cancelled_at, checked_in_at)
  SELECT b.resource_id, b.site_id, m.id, b.during, b.slot, b.status, m.home_commune_code, m.organization_id,
         lower(b.during) - interval '9 days', CASE WHEN b.status = 'cancelled' THEN lower(b.during) - interval '1 day' END,
         CASE WHEN b.status = 'checked_in' THEN lower(b.during) + interval '7 minutes' END
  FROM (
    SELECT x.resource_id, x.site_id, x.member + t.other AS member, t.slot,
           tstzrange((x.day + t.starts) AT TIME ZONE x.timezone, (x.day + t.ends) AT TIME ZONE x.timezone, '[)') AS during,
           CASE WHEN x.day >= current_date THEN CASE WHEN t.roll < 0.08 THEN 'cancelled' ELSE 'confirmed' END
                WHEN t.roll < 0.10 THEN 'cancelled' WHEN t.roll < 0.13 THEN 'no_show'
                WHEN t.roll < 0.30 THEN 'confirmed' ELSE 'checked_in' END AS status
    FROM (
      SELECT r.id AS resource_id, r.site_id, r.kind, h.timezone, h.opens, h.closes, d.day,
             d.demand, random() AS draw, random() AS pick, random() AS roll, random() AS start,
             -- The member: from the site's pool, or anyone.
             CASE WHEN random() < 0.8 THEN h.site_n + floor(random() * $5::int)::int * $4::int
                  ELSE 1 + floor(random() * $6::int)::int END AS member
      FROM resources r
      JOIN bench_hours h ON h.site_id = r.site_id
      JOIN bench_days d ON d.isodow = h.isodow
      WHERE r.active AND d.day BETWEEN $1::date AND $2::date
        AND NOT EXISTS (SELECT FROM site_closures c WHERE c.site_id = r.site_id AND c.date = d.day)
    ) AS x
    CROSS JOIN LATERAL (
      SELECT * FROM (VALUES
        -- Desks: a full day, a morning, an afternoon; or a morning and an afternoon of two members.
        (x.kind = 'desk' AND x.pick < 0.5 AND x.opens < time '13:00' AND x.closes > time '13:00',
         'full_day', x.opens, x.closes, x.roll, 0),
        (x.kind = 'desk' AND x.opens < time '13:00' AND (x.pick >= 0.5 AND x.pick < 0.7 OR x.pick >= 0.9
                                                         OR x.closes <= time '13:00'),
         'morning', x.opens, least(x.closes, time '13:00'), x.roll, 0),
        (x.kind = 'desk' AND x.closes > time '13:00' AND (x.pick >= 0.7 OR x.opens >= time '13:00'),
         'afternoon', greatest(x.opens, time '13:00'), x.closes, CASE WHEN x.pick >= 0.9 THEN 1 - x.roll ELSE x.roll END,
         CASE WHEN x.pick >= 0.9 THEN 1 ELSE 0 END),
        -- Rooms, offices and booths: from a whole hour after opening, one to three hours.
        (x.kind <> 'desk', 'custom',
         x.opens + make_interval(hours => floor(x.start * greatest(1, extract(epoch FROM x.closes - x.opens) / 3600 - 3))::int),
         least(x.closes, x.opens + make_interval(hours => floor(x.start * greatest(1, extract(epoch FROM x.closes - x.opens) / 3600 - 3))::int
                                                      + CASE WHEN x.kind = 'phone_booth' THEN 1 ELSE 1 + floor(x.pick * 3)::int END)),
         x.roll, 0)
      ) AS v(wanted, slot, starts, ends, roll, other)
      WHERE v.wanted AND v.starts < v.ends
    ) AS t(wanted, slot, starts, ends, roll, other)
    -- Drawn here, on the subquery's output: a random() in its WHERE would be drawn once per day, not per
    -- resource and day (a restriction on bench_days alone).
    WHERE x.draw < $3::float8 * x.demand
  ) AS b
  -- The second half of a split desk-day goes to the next member of the pool.
  JOIN bench_members m ON m.n = CASE WHEN b.member > $6::int THEN 1 + b.member % $6::int ELSE b.member END`;

/**
 * The rollup of every counted booking and no-show, in one statement: the same arithmetic as
 * `reporting_booking_share` and `reporting_count_booking` (migration 1764410000000), set-based — each
 * booking's overlap with its site's opening ranges of its local weekday, in wall-clock minutes before and
 * after 13:00, each range's minutes rounded as the function rounds them, then summed per site, day and kind.
 */
const ROLLUP_SQL = `
  INSERT INTO reporting_site_days (day, site_id, kind, morning_minutes, afternoon_minutes, bookings,
                                   morning_bookings, afternoon_bookings, no_shows, morning_no_shows,
                                   afternoon_no_shows)
  SELECT day, site_id, kind,
         coalesce(sum(morning) FILTER (WHERE counted), 0), coalesce(sum(afternoon) FILTER (WHERE counted), 0),
         count(*) FILTER (WHERE counted), count(*) FILTER (WHERE counted AND morning > 0),
         count(*) FILTER (WHERE counted AND afternoon > 0), count(*) FILTER (WHERE NOT counted),
         count(*) FILTER (WHERE NOT counted AND morning > 0), count(*) FILTER (WHERE NOT counted AND afternoon > 0)
  FROM (
    SELECT b.site_id, r.kind, l.day, b.status <> 'no_show' AS counted,
           coalesce(share.morning, 0) AS morning, coalesce(share.afternoon, 0) AS afternoon
    FROM bookings b
    JOIN resources r ON r.id = b.resource_id
    JOIN sites s ON s.id = b.site_id
    CROSS JOIN LATERAL (
      SELECT lower(b.during) AT TIME ZONE s.timezone AS local_start, upper(b.during) AT TIME ZONE s.timezone AS local_end,
             (lower(b.during) AT TIME ZONE s.timezone)::date AS day
    ) AS l
    CROSS JOIN LATERAL (
      SELECT sum(greatest(0, extract(epoch FROM least(o.overlap_end, l.day + time '13:00') - o.overlap_start) / 60)::integer) AS morning,
             sum(greatest(0, extract(epoch FROM o.overlap_end - greatest(o.overlap_start, l.day + time '13:00')) / 60)::integer) AS afternoon
      FROM (
        SELECT greatest(l.day + (opening ->> 0)::time, l.local_start) AS overlap_start,
               least(CASE WHEN opening ->> 1 = '24:00' THEN l.day + 1 ELSE l.day + (opening ->> 1)::time END, l.local_end) AS overlap_end
        FROM jsonb_array_elements(
          s.opening_hours -> (ARRAY['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])[extract(isodow FROM l.day)::integer]
        ) AS opening
      ) AS o
      WHERE o.overlap_end > o.overlap_start
    ) AS share
    WHERE b.event_id IS NULL AND b.status IN ('confirmed', 'checked_in', 'no_show')
  ) AS shares
  GROUP BY day, site_id, kind`;

/**
 * The set-based rollup against the trigger's function on a sample: the rows of 20 sites over two months are
 * taken out, rebuilt booking by booking through `reporting_count_booking`, and compared. Throws on any
 * difference; the rebuilt rows (equal) stay.
 */
async function checkRollupSample(client) {
  await client.query('BEGIN');
  try {
    await client.query(`
      CREATE TEMP TABLE bench_rollup_sample ON COMMIT DROP AS
      SELECT * FROM reporting_site_days
      WHERE site_id IN (SELECT id FROM bench_sites ORDER BY n LIMIT 20) AND day BETWEEN '2025-03-01' AND '2025-04-30'`);
    await client.query(`
      DELETE FROM reporting_site_days
      WHERE site_id IN (SELECT id FROM bench_sites ORDER BY n LIMIT 20) AND day BETWEEN '2025-03-01' AND '2025-04-30'`);
    const replayed = await client.query(`
      SELECT reporting_count_booking(b.site_id, r.kind, b.during, b.status, b.event_id, 1)
      FROM bookings b JOIN resources r ON r.id = b.resource_id
      WHERE b.site_id IN (SELECT id FROM bench_sites ORDER BY n LIMIT 20)
        AND lower(b.during) >= '2025-02-28' AND lower(b.during) < '2025-05-02'
        AND (lower(b.during) AT TIME ZONE 'Europe/Paris')::date BETWEEN '2025-03-01' AND '2025-04-30'
      ORDER BY lower(b.during)`);
    const differences = await client.query(`
      (SELECT 'set-based only' AS side, * FROM (SELECT * FROM bench_rollup_sample
                                                EXCEPT SELECT * FROM reporting_site_days) AS a)
      UNION ALL
      (SELECT 'trigger only', * FROM (SELECT * FROM reporting_site_days
                                      WHERE site_id IN (SELECT id FROM bench_sites ORDER BY n LIMIT 20)
                                        AND day BETWEEN '2025-03-01' AND '2025-04-30'
                                      EXCEPT SELECT * FROM bench_rollup_sample) AS b)
      LIMIT 10`);
    const [{ rows }] = (await client.query('SELECT count(*)::int AS rows FROM bench_rollup_sample')).rows;
    if (differences.rowCount > 0) {
      throw new Error(
        `The set-based rollup differs from the trigger's on the sample: ${JSON.stringify(differences.rows, null, 1)}`,
      );
    }
    if (rows === 0) throw new Error('The rollup sample is empty: nothing was checked.');
    await client.query('COMMIT');
    process.stdout.write(
      `    ${replayed.rowCount} bookings replayed through reporting_count_booking: ${rows} rows, equal\n`,
    );
    return { rowCount: rows };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Takes the bookings' secondary indexes, foreign keys and exclusion constraint off, and the reporting trigger,
 * keeping their definitions as the catalogue gives them (whatever migrations added since this was written).
 * The primary key stays (another table's foreign key needs it).
 */
async function dropForLoad(client, step) {
  const constraints = (
    await client.query(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE conrelid = 'bookings'::regclass AND contype IN ('f', 'x', 'u') ORDER BY contype DESC, conname`,
    )
  ).rows;
  const indexes = (
    await client.query(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       WHERE i.indrelid = 'bookings'::regclass
         AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = 'bookings'::regclass)
       ORDER BY 1`,
    )
  ).rows;
  await step('indexes, constraints and trigger taken off', async () => {
    for (const { name } of constraints) await client.query(`ALTER TABLE bookings DROP CONSTRAINT ${name}`);
    for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
    await client.query(`ALTER TABLE bookings DISABLE TRIGGER ${TRIGGER}`);
    return { rowCount: constraints.length + indexes.length + 1 };
  });
  return { indexes, constraints };
}

/**
 * Runs `task(client, item)` for every item on `connections` connections of the pool at once: a bulk load on
 * a 2-core machine keeps both busy, and more connections take a larger share of a crowded one.
 */
async function inParallel(pool, connections, items, task) {
  const queue = [...items];
  const lane = async () => {
    const client = await pool.connect();
    try {
      await client.query('SET work_mem = $$256MB$$');
      await client.query('SET maintenance_work_mem = $$1GB$$');
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(client, item);
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: Math.min(connections, items.length) }, lane));
}

/** The rollups filled set-based, then checked on a sample against the trigger's functions. */
async function fillRollup(client, step) {
  const monthly = await hasMonthlyRollups(client);
  // The rollups' own triggers (day rows → month rows, members → presence levels) would replay the bulk rows
  // one by one: off during the fill, then everything derived is rebuilt set-based (which turns them on again).
  if (monthly) {
    await client.query('ALTER TABLE reporting_site_days DISABLE TRIGGER USER');
    if (await hasMonthMembers(client))
      await client.query('ALTER TABLE reporting_site_month_members DISABLE TRIGGER USER');
  }
  await step('rollup (set-based)', ROLLUP_SQL);
  await step('rollup checked against the trigger (sample)', () => checkRollupSample(client));
  if (await hasMonthMembers(client)) {
    await step('members per site and month (set-based)', MONTH_MEMBERS_SQL);
    await step('members per site and month checked against the trigger (sample)', () =>
      checkMonthMembersSample(client),
    );
  }
  if (monthly) await step('monthly rollups and presence levels (reporting_rebuild_monthly)', REBUILD_MONTHLY_SQL);
}

/** Migration 1764460000000 (monthly booked time, members per site, EPCI, network and year), when the API has it. */
async function hasMonthlyRollups(client) {
  const [{ present }] = (
    await client.query(`SELECT to_regprocedure('reporting_rebuild_monthly()') IS NOT NULL AS present`)
  ).rows;
  return present;
}

/** Everything migration 1764460000000 derives from the two tables above, set-based (its own function). */
const REBUILD_MONTHLY_SQL = 'SELECT reporting_rebuild_monthly()';

/** Migration 1764412000000 (who booked at each site each month), when the API has it. */
async function hasMonthMembers(client) {
  const [{ present }] = (
    await client.query(`SELECT to_regclass('reporting_site_month_members') IS NOT NULL AS present`)
  ).rows;
  return present;
}

/**
 * Who booked at each site, kind and local month, with their counted bookings there: the arithmetic of
 * `reporting_count_member` (migration 1764412000000), set-based.
 */
const MONTH_MEMBERS_SQL = `
  INSERT INTO reporting_site_month_members (month, site_id, kind, user_id, bookings)
  SELECT date_trunc('month', lower(b.during) AT TIME ZONE s.timezone)::date, b.site_id, r.kind, b.user_id, count(*)
  FROM bookings b JOIN resources r ON r.id = b.resource_id JOIN sites s ON s.id = b.site_id
  WHERE b.user_id IS NOT NULL AND b.event_id IS NULL AND b.status IN ('confirmed', 'checked_in')
  GROUP BY 1, 2, 3, 4`;

/** As `checkRollupSample`, for the members per site and month, through `reporting_count_member`. */
async function checkMonthMembersSample(client) {
  const sample = `site_id IN (SELECT id FROM bench_sites ORDER BY n LIMIT 20) AND month IN ('2025-03-01', '2025-04-01')`;
  await client.query('BEGIN');
  try {
    await client.query(
      `CREATE TEMP TABLE bench_members_sample ON COMMIT DROP AS SELECT * FROM reporting_site_month_members WHERE ${sample}`,
    );
    await client.query(`DELETE FROM reporting_site_month_members WHERE ${sample}`);
    await client.query(`
      SELECT reporting_count_member(b.site_id, r.kind, b.during, b.status, b.event_id, b.user_id, 1)
      FROM bookings b JOIN resources r ON r.id = b.resource_id
      WHERE b.site_id IN (SELECT id FROM bench_sites ORDER BY n LIMIT 20)
        AND lower(b.during) >= '2025-02-28' AND lower(b.during) < '2025-05-02'
        AND (lower(b.during) AT TIME ZONE 'Europe/Paris')::date BETWEEN '2025-03-01' AND '2025-04-30'`);
    const differences = await client.query(`
      (SELECT * FROM bench_members_sample EXCEPT SELECT * FROM reporting_site_month_members WHERE ${sample})
      UNION ALL
      (SELECT * FROM reporting_site_month_members WHERE ${sample} EXCEPT SELECT * FROM bench_members_sample)
      LIMIT 10`);
    const [{ rows }] = (await client.query('SELECT count(*)::int AS rows FROM bench_members_sample')).rows;
    if (differences.rowCount > 0) {
      throw new Error(`The set-based members per month differ from the trigger's: ${JSON.stringify(differences.rows)}`);
    }
    if (rows === 0) throw new Error('The members sample is empty: nothing was checked.');
    await client.query('COMMIT');
    return { rowCount: rows };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
