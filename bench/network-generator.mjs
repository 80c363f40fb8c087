// A national-scale network for the availability benchmark, written straight into the real schema (after the
// API ran its migrations): 3,500 sites in communes across France (a denser Gers), about 50,000 desks plus
// meeting rooms and phone booths, six kinds of opening week, closures, and three weeks of bookings around
// the benchmark's date. Deterministic: `setseed` fixes PostgreSQL's random() for the session.

const WORKDAY = [
  ['08:30', '12:30'],
  ['13:30', '18:00'],
];
const CONTINUOUS = [['09:00', '18:00']];
/** The weeks real tiers-lieux keep, including days with no morning or no afternoon. */
export const OPENING_WEEKS = [
  { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] },
  { mon: CONTINUOUS, tue: CONTINUOUS, wed: CONTINUOUS, thu: CONTINUOUS, fri: CONTINUOUS, sat: [], sun: [] },
  {
    mon: [['08:00', '19:00']],
    tue: [['08:00', '19:00']],
    wed: [['08:00', '19:00']],
    thu: [['08:00', '19:00']],
    fri: [['08:00', '19:00']],
    sat: [['09:00', '12:30']],
    sun: [],
  },
  {
    mon: [],
    tue: [
      ['09:00', '12:30'],
      ['14:00', '18:30'],
    ],
    wed: [
      ['09:00', '12:30'],
      ['14:00', '18:30'],
    ],
    thu: [
      ['09:00', '12:30'],
      ['14:00', '18:30'],
    ],
    fri: [
      ['09:00', '12:30'],
      ['14:00', '18:30'],
    ],
    sat: [['09:00', '12:30']],
    sun: [],
  },
  {
    mon: [['08:30', '17:30']],
    tue: [['08:30', '17:30']],
    wed: [['08:30', '17:30']],
    thu: [['08:30', '17:30']],
    fri: [['08:30', '12:30']],
    sat: [],
    sun: [],
  },
  { mon: CONTINUOUS, tue: [['14:00', '18:00']], wed: CONTINUOUS, thu: CONTINUOUS, fri: CONTINUOUS, sat: [], sun: [] },
];

const NAME_PATTERNS = [
  'Tiers-lieu de %s',
  'La Fabrique de %s',
  'Coworking %s',
  'L’Atelier partagé de %s',
  'Maison des services de %s',
  'Le Hangar — %s',
  'Espace de travail %s',
  'La Grange numérique de %s',
];

/**
 * Fills the database and returns what the benchmark needs to know: counts, and the EPCI with the most
 * published sites (for the filtered query).
 */
export async function generateNetwork(pool, { sites, gersSites, desksPerSite, benchDate, days, seed = 0.42 }) {
  const client = await pool.connect();
  const step = async (label, sql, params = []) => {
    const started = Date.now();
    const result = await client.query(sql, params);
    process.stdout.write(
      `  ${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return result;
  };
  try {
    await client.query('SELECT setseed($1)', [seed]);
    await step(
      'places',
      `CREATE TEMP TABLE bench_places AS
       SELECT row_number() OVER (ORDER BY random()) AS n, code, epci_code, name FROM (
         (SELECT code, epci_code, name FROM communes WHERE department = '32' ORDER BY random() LIMIT $1)
         UNION ALL
         (SELECT code, epci_code, name FROM communes
          WHERE department <> '32' AND length(department) = 2 AND population >= 2000 ORDER BY random() LIMIT $2)
         UNION ALL
         (SELECT code, epci_code, name FROM communes
          WHERE department <> '32' AND length(department) = 2 ORDER BY random() LIMIT $3)
       ) AS chosen`,
      [gersSites, Math.floor((sites - gersSites) / 2), sites - gersSites - Math.floor((sites - gersSites) / 2)],
    );
    await step(
      'sites',
      `INSERT INTO sites (slug, name, search_name, commune_code, epci_code, address, latitude, longitude, amenities,
                          fibre_mbps, opening_hours, status)
       SELECT 'tl-' || p.n || '-' || lower(p.code), named.name, lower(named.name), p.code, p.epci_code,
              'Place de la Mairie, ' || p.name, 42.5 + random() * 8.5, -4.5 + random() * 12.5,
              CASE WHEN p.n % 3 = 0 THEN '{fibre,coffee,parking}'::text[] ELSE '{coffee}'::text[] END,
              CASE WHEN p.n % 3 = 0 THEN 1000 END,
              ($2::jsonb[])[1 + (p.n % array_length($2::jsonb[], 1))],
              CASE WHEN p.n % 50 = 0 THEN 'draft' WHEN p.n % 97 = 0 THEN 'archived' ELSE 'published' END
       FROM bench_places p
       CROSS JOIN LATERAL (SELECT format(($3::text[])[1 + (p.n % array_length($3::text[], 1))], p.name) AS name)
         AS named
       WHERE p.n <= $1`,
      [sites, OPENING_WEEKS.map((w) => JSON.stringify(w)), NAME_PATTERNS],
    );
    // Counts drawn per site in a subquery: a volatile random() there is evaluated for each row.
    await step(
      'desks',
      `INSERT INTO resources (site_id, name, kind, active)
       SELECT s.id, 'Bureau ' || k, 'desk', random() > 0.04
       FROM (SELECT id, 4 + floor(random() * ($1::numeric * 2 - 7))::int AS desks FROM sites) AS s
       CROSS JOIN LATERAL generate_series(1, s.desks) AS k`,
      [desksPerSite],
    );
    await step(
      'meeting rooms and phone booths',
      `INSERT INTO resources (site_id, name, kind, capacity)
       SELECT s.id, s.label || ' ' || k, s.kind, s.capacity
       FROM (SELECT sites.id, kinds.*, floor(random() * 3)::int AS count FROM sites
             CROSS JOIN (VALUES ('Salle', 'meeting_room', 8), ('Cabine', 'phone_booth', 1)) AS kinds(label, kind, capacity))
         AS s
       CROSS JOIN LATERAL generate_series(1, s.count) AS k`,
    );
    await step(
      'members',
      `INSERT INTO users (email, password_hash, first_name, last_name, home_commune_code)
       SELECT 'membre-' || n || '@example.fr', 'bench: no password', 'Camille', 'Membre ' || n,
              CASE WHEN n % 2 = 0 THEN '31555' ELSE '32013' END
       FROM generate_series(1, 5000) AS n`,
    );
    await step(
      'closures',
      `INSERT INTO site_closures (site_id, date, reason)
       SELECT x.id, x.day, 'Fermeture exceptionnelle'
       FROM (SELECT s.id, d::date AS day, random() AS roll
             FROM sites s CROSS JOIN generate_series($1::date - $2::int, $1::date + $2::int, interval '1 day') AS d) AS x
       WHERE x.roll < CASE WHEN x.day = $1::date THEN 0.03 ELSE 0.005 END`,
      [benchDate, days],
    );
    // One booking a desk a day at most (the exclusion constraint would refuse more): about a third of the
    // desks on working days, a tenth of them cancelled; the times are those of a usual office day in Paris.
    await step(
      'desk bookings',
      `WITH members AS (SELECT array_agg(id) AS ids FROM users)
       INSERT INTO bookings (resource_id, site_id, user_id, during, slot, status, home_commune_code)
       SELECT x.id, x.site_id, members.ids[1 + floor(x.member * array_length(members.ids, 1))::int],
              tstzrange((x.day + t.start) AT TIME ZONE 'Europe/Paris', (x.day + t.finish) AT TIME ZONE 'Europe/Paris', '[)'),
              t.slot, CASE WHEN x.cancel < 0.1 THEN 'cancelled' ELSE 'confirmed' END, '31555'
       FROM (SELECT r.id, r.site_id, d::date AS day, floor(random() * 4)::int AS pick, random() AS take,
                    random() AS cancel, random() AS member
             FROM resources r
             CROSS JOIN generate_series($1::date - $2::int, $1::date + $2::int, interval '1 day') AS d
             WHERE r.kind = 'desk' AND r.active AND extract(isodow FROM d) <= 5) AS x
       JOIN (VALUES (0, 'full_day', time '09:00', time '18:00'), (1, 'full_day', time '09:00', time '18:00'),
                    (2, 'morning', time '09:00', time '13:00'), (3, 'afternoon', time '13:00', time '18:00'))
         AS t(pick, slot, start, finish) ON t.pick = x.pick
       CROSS JOIN members
       WHERE x.take < 0.33`,
      [benchDate, days],
    );
    await step(
      'meeting-room bookings',
      `INSERT INTO bookings (resource_id, site_id, user_id, during, slot, status)
       SELECT x.id, x.site_id, NULL,
              tstzrange((x.day + time '10:00') AT TIME ZONE 'Europe/Paris',
                        (x.day + time '11:30') AT TIME ZONE 'Europe/Paris', '[)'), 'custom', 'confirmed'
       FROM (SELECT r.id, r.site_id, d::date AS day, random() AS take
             FROM resources r
             CROSS JOIN generate_series($1::date - $2::int, $1::date + $2::int, interval '1 day') AS d
             WHERE r.kind = 'meeting_room' AND extract(isodow FROM d) <= 5) AS x
       WHERE x.take < 0.5`,
      [benchDate, days],
    );
    await step('statistics', 'ANALYZE');
    const [counts] = (
      await client.query(
        `SELECT (SELECT count(*) FROM sites)::int AS sites,
                (SELECT count(*) FROM sites WHERE status = 'published')::int AS published,
                (SELECT count(*) FROM resources WHERE kind = 'desk')::int AS desks,
                (SELECT count(*) FROM resources)::int AS resources,
                (SELECT count(*) FROM bookings)::int AS bookings,
                (SELECT count(*) FROM site_closures WHERE date = $1::date)::int AS closed_that_day`,
        [benchDate],
      )
    ).rows;
    const [busiest] = (
      await client.query(
        `SELECT epci_code, count(*)::int AS sites FROM sites WHERE status = 'published' AND epci_code IS NOT NULL
         GROUP BY epci_code ORDER BY count(*) DESC, epci_code LIMIT 1`,
      )
    ).rows;
    return { ...counts, busiestEpci: busiest };
  } finally {
    client.release();
  }
}
