import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { BastideServer, startBastide } from '../support/bastide-server';

const ZONE = 'Europe/Paris';
const RACERS = 40;
const FIXED_HOLIDAYS = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

/**
 * The database alone keeps a desk from being booked twice, whichever API process takes the request: two
 * built API processes (`dist/backend/main.js`, as `npm start` runs it) share one database, and 40 members
 * ask for the same desk at the same instant, half through each. The integration tests race two Nest apps in
 * one Node process; this one races two operating-system processes with their own connection pools.
 */
describe('a desk raced for through two API processes', () => {
  let first: BastideServer;
  let second: BastideServer;
  // Both processes must accept each other's tokens, as replicas behind a load balancer do.
  const shared = { JWT_SECRET: randomBytes(32).toString('hex') };

  beforeAll(async () => {
    first = await startBastide({ ...shared, DEMO_DATA: 'true' });
    second = await startBastide({ ...shared, DEMO_DATA: 'false' }, { database: first.database });
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  /** A Wednesday four weeks ahead (beyond the demo's bookings), not a public holiday. */
  function raceDate(): string {
    let day = DateTime.now().setZone(ZONE).startOf('day').plus({ weeks: 4 });
    while (day.weekday !== 3 || FIXED_HOLIDAYS.includes(day.toFormat('MM-dd'))) day = day.plus({ days: 1 });
    return day.toISODate()!;
  }

  async function member(server: BastideServer, n: number): Promise<string> {
    const response = await fetch(`${server.baseUrl}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `racer-${n}-${randomBytes(3).toString('hex')}@example.fr`,
        password: 'a long enough pass phrase',
        firstName: 'Racer',
        lastName: String(n),
      }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  it('gives the desk to exactly one member: one 201, 39 409, never a 500', async () => {
    const inAuch = (await (await fetch(`${first.baseUrl}/api/v1/sites?communeCode=32013`)).json()) as {
      items: { id: string }[];
    };
    const auch = (await (await fetch(`${first.baseUrl}/api/v1/sites/${inAuch.items[0].id}`)).json()) as {
      resources: { id: string; kind: string }[];
    };
    const desk = auch.resources.find((resource) => resource.kind === 'desk')!;
    const servers = [first, second];
    const tokens = await Promise.all(Array.from({ length: RACERS }, (_, n) => member(servers[n % 2], n)));
    const date = raceDate();

    const statuses = await Promise.all(
      tokens.map(async (token, n) => {
        const response = await fetch(`${servers[n % 2].baseUrl}/api/v1/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ resourceId: desk.id, date, slot: 'full_day' }),
        });
        return response.status;
      }),
    );

    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(RACERS - 1);
    const sql = new Client({ connectionString: first.databaseUrl });
    await sql.connect();
    try {
      const { rows } = await sql.query(
        `SELECT count(*)::int AS n FROM bookings
         WHERE resource_id = $1 AND status IN ('confirmed', 'checked_in')
           AND (lower(during) AT TIME ZONE $3)::date = $2::date`,
        [desk.id, date, ZONE],
      );
      expect(rows[0].n).toBe(1);
    } finally {
      await sql.end();
    }
  }, 120_000);
});
