import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { BastideServer, startBastide } from '../support/bastide-server';

const ZONE = 'Europe/Paris';
const RACERS = 40;
const FIXED_HOLIDAYS = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

/**
 * The database alone keeps a desk from being booked twice and an event from taking more than its capacity,
 * whichever API process takes the request: two built API processes (`dist/backend/main.js`, as `npm start`
 * runs it) share one database, and members ask at the same instant, half through each. The integration tests
 * race two Nest apps in one Node process; these race two operating-system processes with their own pools.
 */
describe('races through two API processes on one database', () => {
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

  const post = (server: BastideServer, path: string, token: string, body?: unknown) =>
    fetch(`${server.baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

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
        const response = await post(servers[n % 2], '/bookings', token, {
          resourceId: desk.id,
          date,
          slot: 'full_day',
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

  it('never registers more than the capacity: 25 for 10 places give 10 registered and 15 in line at 1..15', async () => {
    const signIn = await fetch(`${first.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'agent.reseau@bastide.demo', password: 'bastide-demo-2026' }),
    });
    const officer = ((await signIn.json()) as { accessToken: string }).accessToken;
    const inAuch = (await (await fetch(`${first.baseUrl}/api/v1/sites?communeCode=32013`)).json()) as {
      items: { id: string }[];
    };
    const day = DateTime.fromISO(raceDate(), { zone: ZONE });
    const created = await post(first, '/events', officer, {
      siteId: inAuch.items[0].id,
      title: 'Atelier mis en concurrence',
      description: 'Dix places, vingt-cinq candidats.',
      category: 'workshop',
      start: day.set({ hour: 18 }).toISO(),
      end: day.set({ hour: 19, minute: 30 }).toISO(),
      capacity: 10,
    });
    expect(created.status).toBe(201);
    const event = (await created.json()) as { id: string };
    expect((await post(second, `/events/${event.id}/publish`, officer)).status).toBe(200);
    const servers = [first, second];
    const tokens = await Promise.all(Array.from({ length: 25 }, (_, n) => member(servers[n % 2], 100 + n)));

    const answers = await Promise.all(
      tokens.map(async (token, n) => {
        const response = await post(servers[n % 2], `/events/${event.id}/registrations`, token);
        return { status: response.status, body: (await response.json()) as { status: string; position?: number } };
      }),
    );

    expect(answers.every((answer) => answer.status === 201)).toBe(true);
    expect(answers.filter((answer) => answer.body.status === 'registered')).toHaveLength(10);
    const positions = answers.flatMap((answer) => (answer.body.status === 'waitlisted' ? [answer.body.position] : []));
    expect(positions.sort((a, b) => a! - b!)).toEqual(Array.from({ length: 15 }, (_, n) => n + 1));
    const seen = (await (await fetch(`${second.baseUrl}/api/v1/events/${event.id}`)).json()) as {
      registeredCount: number;
      waitlistCount: number;
    };
    expect(seen).toMatchObject({ registeredCount: 10, waitlistCount: 15 });
  }, 120_000);
});
