import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenEvent, postRegistration } from '../../testing/events-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');

describe('events on a day the site closes', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let host: TestAccount;
  let member: TestAccount;
  let site: TestSite;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    host = await givenHost(t, admin, site.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('cancels the published events of that day and tells their registrants; drafts and other days stay', async () => {
    const room = await givenResource(t, host, site.id, { name: 'Salle Garonne', kind: 'meeting_room' });
    const cafe = await givenEvent(t, host, site.id, { roomId: room.id });
    const draft = await givenEvent(t, host, site.id, { start: '2026-03-27T14:00', end: '2026-03-27T15:00' }, false);
    const nextWeek = await givenEvent(t, host, site.id, {
      start: '2026-04-03T09:00:00+02:00',
      end: '2026-04-03T10:30:00+02:00',
    });
    const registration = await postRegistration(t, member, cafe.id).expect(201);

    await t.http
      .post(`/api/v1/sites/${site.id}/closures`)
      .set('Authorization', host.bearer)
      .send({ date: '2026-03-27', reason: 'Panne de chauffage' })
      .expect(201);

    const statusOf = async (id: string) =>
      (await t.http.get(`/api/v1/events/${id}`).set('Authorization', host.bearer).expect(200)).body.status;
    expect(await statusOf(cafe.id)).toBe('cancelled');
    expect(await statusOf(draft.id)).toBe('draft');
    expect(await statusOf(nextWeek.id)).toBe('published');
    const told: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'event.cancelled' AND payload->>'registrationId' = $1`,
      [registration.body.id],
    );
    expect(told[0].n).toBe(1);
    // The room the event held is free again, and the act is in the audit log under the host's name.
    const [{ holds }] = await t.dataSource.query(
      `SELECT count(*)::int AS holds FROM bookings WHERE event_id = $1 AND status IN ('confirmed', 'checked_in')`,
      [cafe.id],
    );
    expect(holds).toBe(0);
    const log = await t.http
      .get('/api/v1/audit-log')
      .query({ subjectId: cafe.id })
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(log.body.items).toEqual([expect.objectContaining({ action: 'event.cancel', actorId: host.id })]);
  });
});
