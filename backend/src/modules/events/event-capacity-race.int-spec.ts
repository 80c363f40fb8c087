import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { deleteRegistration, givenEvent, postRegistration } from '../../testing/events-fixtures';
import { givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Two API processes on one database: only PostgreSQL can keep an event from taking more than its capacity. */
describe('event capacity under concurrent registrations from two API processes', () => {
  const clock = new FixedClock(new Date('2026-03-20T10:00:00Z'));
  let first: TestApp;
  let second: TestApp;
  let admin: TestAccount;
  let members: TestAccount[];
  let site: TestSite;

  beforeAll(async () => {
    first = await createTestApp({ clock });
    second = await createTestApp({ clock, databaseUrl: first.databaseUrl });
    admin = await givenAdmin(first);
    members = await Promise.all(Array.from({ length: 30 }, () => givenMember(first)));
    site = await givenSite(first, admin);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const placesOf = async (eventId: string) => {
    const rows: { status: string; position: number | null }[] = await first.dataSource.query(
      `SELECT r.status, CASE WHEN r.status = 'waitlisted' THEN (SELECT count(*)::int FROM event_registrations w
                WHERE w.event_id = r.event_id AND w.status = 'waitlisted' AND w.queue_number <= r.queue_number) END
                AS position
       FROM event_registrations r WHERE r.event_id = $1 AND r.status <> 'cancelled'`,
      [eventId],
    );
    const [{ taken, capacity }] = await first.dataSource.query(`SELECT taken, capacity FROM events WHERE id = $1`, [
      eventId,
    ]);
    return {
      taken,
      capacity,
      registered: rows.filter((r) => r.status === 'registered').length,
      positions: rows.flatMap((r) => (r.position === null ? [] : [r.position])).sort((a, b) => a - b),
    };
  };

  it('25 concurrent registrations for 10 places: exactly 10 registered, 15 waitlisted at 1..15, never a 500', async () => {
    const event = await givenEvent(first, admin, site.id, { capacity: 10 });
    const responses = await Promise.all(
      members.slice(0, 25).map((who, i) => postRegistration(i % 2 ? second : first, who, event.id)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(25).fill(201));
    const answers = responses.map((r) => r.body as { status: string; position?: number });
    expect(answers.filter((a) => a.status === 'registered')).toHaveLength(10);
    const answeredPositions = answers.flatMap((a) => (a.status === 'waitlisted' ? [a.position!] : []));
    expect(answeredPositions.sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const stored = await placesOf(event.id);
    expect(stored).toEqual({
      taken: 10,
      capacity: 10,
      registered: 10,
      positions: Array.from({ length: 15 }, (_, i) => i + 1),
    });
    const seen = await second.http.get(`/api/v1/events/${event.id}`).expect(200);
    expect(seen.body).toMatchObject({ capacity: 10, registeredCount: 10, waitlistCount: 15, placesLeft: 0 });
  });

  it('departures, promotions and newcomers at once on both processes: never above capacity, the line contiguous', async () => {
    const event = await givenEvent(first, admin, site.id, { capacity: 5 });
    const early = members.slice(0, 12);
    for (const who of early) await postRegistration(first, who, event.id).expect(201);
    const leaving = early.slice(0, 4);
    const newcomers = members.slice(12, 30);
    const responses = await Promise.all([
      ...leaving.map((who, i) => deleteRegistration(i % 2 ? second : first, who, event.id)),
      ...newcomers.map((who, i) => postRegistration(i % 2 ? first : second, who, event.id)),
    ]);
    expect(responses.every((r) => r.status === 204 || r.status === 201)).toBe(true);
    const stored = await placesOf(event.id);
    expect(stored.taken).toBe(5);
    expect(stored.registered).toBe(5);
    // 12 - 4 + 18 = 26 people hold a place or a place in line: 5 places, 21 in line at 1..21.
    expect(stored.positions).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    // The four freed places went to the first four in line, in the order they had joined it.
    const promoted: { user_id: string }[] = await first.dataSource.query(
      `SELECT user_id FROM event_registrations WHERE event_id = $1 AND promoted_at IS NOT NULL ORDER BY queue_number`,
      [event.id],
    );
    expect(promoted.map((r) => r.user_id)).toEqual(early.slice(5, 9).map((m) => m.id));
  });

  it('the CHECK is the guarantee: the counter cannot be pushed past the capacity, even by hand', async () => {
    const event = await givenEvent(first, admin, site.id, { capacity: 1 });
    await postRegistration(first, members[0], event.id).expect(201);
    await expect(
      first.dataSource.query(`UPDATE events SET taken = taken + 1 WHERE id = $1`, [event.id]),
    ).rejects.toThrow(/events_taken_check/);
  });
});
