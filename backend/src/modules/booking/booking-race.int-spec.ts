import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { postBooking } from '../../testing/booking-fixtures';
import { givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Two API processes on one database: only PostgreSQL can keep a desk from being booked twice. */
describe('booking races across two API processes', () => {
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
    members = await Promise.all(Array.from({ length: 8 }, () => givenMember(first)));
    site = await givenSite(first, admin);
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('40 concurrent requests for one desk: exactly one 201, the rest 409, never a 500', async () => {
    const desk = await givenResource(first, admin, site.id);
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        postBooking(i % 2 ? second : first, members[i % members.length], {
          resourceId: desk.id,
          date: '2026-03-27',
          slot: i % 3 === 0 ? 'full_day' : 'morning',
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(39).fill(409)]);
    const [{ n }] = await first.dataSource.query(
      `SELECT count(*)::int AS n FROM bookings WHERE resource_id = $1 AND status = 'confirmed'`,
      [desk.id],
    );
    expect(n).toBe(1);
  });

  it('"any desk" on a 3-desk site under 40 concurrent requests: exactly 3 bookings', async () => {
    const small = await givenSite(first, admin);
    for (const name of ['A', 'B', 'C']) await givenResource(first, admin, small.id, { name });
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        postBooking(i % 2 ? second : first, members[i % members.length], {
          siteId: small.id,
          kind: 'desk',
          date: '2026-03-27',
          slot: 'afternoon',
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, ...Array(37).fill(409)]);
    const won = responses.filter((r) => r.status === 201).map((r) => r.body.resourceName);
    expect(won.sort()).toEqual(['A', 'B', 'C']);
  });
});
