import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { givenResource, givenSite, OFFICE_WEEK, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');
/** A Tuesday. */
const DAY = '2026-03-24';
/** Easter Monday, a public holiday. */
const HOLIDAY = '2026-04-06';

interface Page {
  items: { site: { id: string; name: string }; free: { id: string }[]; freeCount: number; start: string }[];
  total: number;
}

describe('availability across sites', () => {
  let t: TestApp;
  let admin: TestAccount;
  let member: TestAccount;
  let alpha: TestSite;
  let beta: TestSite;
  let afternoons: TestSite;
  let elsewhere: TestSite;
  let elsewhereEpci: string;

  const search = async (query: string): Promise<Page> =>
    (await t.http.get(`/api/v1/availability?${query}`).expect(200)).body;
  const freeAt = async (siteId: string, query: string): Promise<string[]> => {
    const page = await search(`siteId=${siteId}&${query}`);
    return page.items.flatMap((item) => item.free.map((r) => r.id));
  };

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(NOW) });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    alpha = await givenSite(t, admin, { name: 'Alpha', openOnPublicHolidays: [HOLIDAY] });
    beta = await givenSite(t, admin, { name: 'Bêta' });
    afternoons = await givenSite(t, admin, {
      name: 'Chai des après-midi',
      openingHours: { ...OFFICE_WEEK, tue: [['14:00', '18:00']] },
    });
    const closed = await givenSite(t, admin, { name: 'Distillerie fermée' });
    await t.http
      .post(`/api/v1/sites/${closed.id}/closures`)
      .set('Authorization', admin.bearer)
      .send({ date: DAY, reason: 'Inventaire' })
      .expect(201);
    await givenSite(t, admin, { name: 'Entrepôt en projet' }, 'draft');
    // A commune of the Gers outside Auch's EPCI.
    const [other] = await t.dataSource.query(
      `SELECT code, epci_code FROM communes
       WHERE department = '32' AND epci_code IS NOT NULL
         AND epci_code <> (SELECT epci_code FROM communes WHERE code = '32013')
       ORDER BY code LIMIT 1`,
    );
    elsewhereEpci = other.epci_code;
    elsewhere = await givenSite(t, admin, { name: 'Forge de campagne', communeCode: other.code });
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds a desk free around bookings that end before or start after the window, never one that overlaps it', async () => {
    const morningThenNextDay = await givenResource(t, admin, alpha.id, { name: 'Bureau 1' });
    const cancelled = await givenResource(t, admin, alpha.id, { name: 'Bureau 2' });
    const afternoon = await givenResource(t, admin, alpha.id, { name: 'Bureau 3' });
    const room = await givenResource(t, admin, alpha.id, { name: 'Salle', kind: 'meeting_room' });
    await givenBooking(t, member, { resourceId: morningThenNextDay.id, date: DAY, slot: 'morning' });
    await givenBooking(t, member, { resourceId: morningThenNextDay.id, date: '2026-03-25', slot: 'full_day' });
    const dropped = await givenBooking(t, member, { resourceId: cancelled.id, date: DAY, slot: 'full_day' });
    await t.http.post(`/api/v1/bookings/${dropped.id}/cancel`).set('Authorization', member.bearer).expect(200);
    await givenBooking(t, member, { resourceId: afternoon.id, date: DAY, slot: 'afternoon' });
    await givenBooking(t, member, {
      resourceId: room.id,
      start: `${DAY}T10:00:00+01:00`,
      end: `${DAY}T11:00:00+01:00`,
    });

    expect(await freeAt(alpha.id, `date=${DAY}&slot=morning&kind=desk`)).toEqual([cancelled.id, afternoon.id]);
    expect(await freeAt(alpha.id, `date=${DAY}&slot=afternoon&kind=desk`)).toEqual([
      morningThenNextDay.id,
      cancelled.id,
    ]);
    expect(await freeAt(alpha.id, `date=${DAY}&slot=full_day`)).toEqual([cancelled.id]);
    // Touching is not overlapping: a room booked 10:00–11:00 is free from 11:00, and before 10:00.
    expect(await freeAt(alpha.id, `start=${DAY}T11:00&end=${DAY}T12:00&kind=meeting_room`)).toEqual([room.id]);
    expect(await freeAt(alpha.id, `start=${DAY}T09:00&end=${DAY}T10:00&kind=meeting_room`)).toEqual([room.id]);
    expect(await freeAt(alpha.id, `start=${DAY}T10:30&end=${DAY}T11:30&kind=meeting_room`)).toEqual([]);
    expect(await freeAt(alpha.id, `start=${DAY}T12:00&end=${DAY}T12:30&kind=desk`)).toEqual([
      cancelled.id,
      afternoon.id,
    ]);
  });

  it('counts every site open then in the total and pages them by name', async () => {
    // Closed that day (closure), draft, and no morning on Tuesdays: left out of the morning.
    const morning = await search(`date=${DAY}&slot=morning`);
    expect(morning.items.map((item) => item.site.name)).toEqual(['Alpha', 'Bêta', 'Forge de campagne']);
    expect(morning.total).toBe(3);
    const afternoon = await search(`date=${DAY}&slot=afternoon`);
    expect(afternoon.items.map((item) => item.site.id)).toEqual([alpha.id, beta.id, afternoons.id, elsewhere.id]);
    expect(afternoon.items[2].start).toBe(`${DAY}T14:00:00+01:00`);

    const second = await search(`date=${DAY}&slot=afternoon&limit=2&offset=2`);
    expect(second.items.map((item) => item.site.id)).toEqual([afternoons.id, elsewhere.id]);
    expect(second.total).toBe(4);
    const beyond = await search(`date=${DAY}&slot=afternoon&limit=2&offset=10`);
    expect(beyond).toEqual({ items: [], total: 4 });
  });

  it('filters by EPCI and commune, and keeps a public holiday for the sites that open on it', async () => {
    const inEpci = await search(`date=${DAY}&slot=morning&epciCode=${elsewhereEpci}`);
    expect(inEpci.items.map((item) => item.site.id)).toEqual([elsewhere.id]);
    expect(inEpci.total).toBe(1);
    const inAuch = await search(`date=${DAY}&slot=morning&communeCode=32013`);
    expect(inAuch.items.map((item) => item.site.id)).toEqual([alpha.id, beta.id]);

    const holiday = await search(`date=${HOLIDAY}&slot=morning`);
    expect(holiday.items.map((item) => item.site.id)).toEqual([alpha.id]);
    expect(holiday.items[0].start).toBe(`${HOLIDAY}T08:30:00+02:00`);
  });
});
