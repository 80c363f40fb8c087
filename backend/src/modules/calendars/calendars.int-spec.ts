import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { givenEvent, postRegistration } from '../../testing/events-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');

/** The answer parsed as a calendar client would (ical.js): its VEVENTs by UID. */
function eventsOf(text: string): Map<string, ICAL.Event> {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return new Map(events.map((event) => [event.uid, event]));
}

const statusOf = (event: ICAL.Event | undefined) => event?.component.getFirstPropertyValue('status');
const startOf = (event: ICAL.Event | undefined) => event?.startDate.toJSDate().toISOString();

describe('calendars', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let host: TestAccount;
  let member: TestAccount;
  let site: TestSite;
  let desk: { id: string };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    host = await givenHost(t, admin, site.id);
    desk = await givenResource(t, host, site.id, { name: 'Bureau 1' });
  });
  afterAll(async () => {
    await t.close();
  });

  const uidOf = (kind: 'event' | 'booking', id: string) => new RegExp(`^${kind}-${id}@[a-z0-9.-]+$`);
  const find = (events: Map<string, ICAL.Event>, kind: 'event' | 'booking', id: string) =>
    [...events.values()].find((event) => uidOf(kind, id).test(event.uid));

  describe('GET /sites/{id}/events.ics', () => {
    it('holds the site’s published public events, cancelled ones as CANCELLED, and nothing else', async () => {
      const cafe = await givenEvent(t, host, site.id, {
        title: 'Café du vendredi',
        start: '2026-03-27T09:00',
        end: '2026-03-27T10:30',
      });
      const cancelled = await givenEvent(t, host, site.id, { title: 'Atelier annulé' });
      await t.http.post(`/api/v1/events/${cancelled.id}/cancel`).set('Authorization', host.bearer).expect(200);
      const membersOnly = await givenEvent(t, host, site.id, { title: 'Réservé', visibility: 'members' });
      const draft = await givenEvent(t, host, site.id, { title: 'Brouillon' }, false);
      const elsewhere = await givenSite(t, admin);
      const other = await givenEvent(t, admin, elsewhere.id, { title: 'Ailleurs' });

      const answer = await t.http.get(`/api/v1/sites/${site.id}/events.ics`).buffer(true).expect(200);
      expect(answer.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const events = eventsOf(answer.text);
      const entry = find(events, 'event', cafe.id);
      expect(entry?.summary).toBe('Café du vendredi');
      expect(startOf(entry)).toBe('2026-03-27T08:00:00.000Z');
      expect(statusOf(entry)).toBe('CONFIRMED');
      // Same UID and SEQUENCE as the event's own file.
      const own = eventsOf((await t.http.get(`/api/v1/events/${cafe.id}.ics`).buffer(true).expect(200)).text);
      expect([...own.keys()]).toEqual([entry!.uid]);
      expect([...own.values()][0].sequence).toBe(entry!.sequence);

      expect(statusOf(find(events, 'event', cancelled.id))).toBe('CANCELLED');
      for (const absent of [membersOnly, draft, other]) expect(find(events, 'event', absent.id)).toBeUndefined();
    });

    it('is a 404 for an unknown or unpublished site', async () => {
      const draftSite = await givenSite(t, admin, {}, 'draft');
      const unpublished = await t.http.get(`/api/v1/sites/${draftSite.id}/events.ics`).expect(404);
      expect(unpublished.headers['content-type']).toMatch(/^application\/problem\+json/);
      await t.http.get('/api/v1/sites/00000000-0000-4000-8000-000000000000/events.ics').expect(404);
      await t.http.get('/api/v1/sites/not-an-id/events.ics').expect(404);
    });
  });

  describe('the member’s feed', () => {
    const feedOf = (who: TestAccount) => t.http.get('/api/v1/me/calendar-feed').set('Authorization', who.bearer);
    const renew = (who: TestAccount) => t.http.post('/api/v1/me/calendar-feed').set('Authorization', who.bearer);
    const read = (url: string) => t.http.get(new URL(url).pathname).buffer(true);

    it('asks for a signed-in member', async () => {
      await t.http.get('/api/v1/me/calendar-feed').expect(401);
      await t.http.post('/api/v1/me/calendar-feed').expect(401);
      await t.http.delete('/api/v1/me/calendar-feed').expect(401);
    });

    it('holds the member’s bookings, cancelled ones as CANCELLED, and registered events', async () => {
      const who = await givenMember(t);
      await feedOf(who).expect(404);
      const made = (await renew(who).expect(200)).body;
      expect(made.url).toMatch(/^https?:\/\/[^/]+\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      // The same address is shown again, and the token is nowhere in the database.
      expect((await feedOf(who).expect(200)).body).toEqual(made);
      const token = /calendar\/([^.]+)\.ics$/.exec(made.url)![1];
      const [row] = await t.dataSource.query(`SELECT nonce, token_hash FROM calendar_feeds WHERE user_id = $1`, [
        who.id,
      ]);
      expect(row.nonce.toString('base64url')).not.toBe(token);
      expect(row.token_hash.length).toBe(32);

      const kept = await givenBooking(t, who, { resourceId: desk.id, date: '2026-03-26', slot: 'morning' });
      const dropped = await givenBooking(t, who, { resourceId: desk.id, date: '2026-03-25', slot: 'afternoon' });
      await t.http.post(`/api/v1/bookings/${dropped.id}/cancel`).set('Authorization', who.bearer).expect(200);
      const event = await givenEvent(t, host, site.id, {
        title: 'Café réseau',
        start: '2026-03-31T09:00',
        end: '2026-03-31T10:00',
      });
      await postRegistration(t, who, event.id).expect(201);
      const notMine = await givenBooking(t, member, { resourceId: desk.id, date: '2026-03-27', slot: 'morning' });

      const answer = await read(made.url).expect(200);
      expect(answer.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(answer.headers['cache-control']).toBe('private, no-store');
      const events = eventsOf(answer.text);
      const booking = find(events, 'booking', kept.id);
      expect(startOf(booking)).toBe(new Date(kept.start as string).toISOString());
      expect(statusOf(booking)).toBe('CONFIRMED');
      expect(booking?.summary).toBe('Bureau 1 · Tiers-lieu de Vic');
      const cancelled = find(events, 'booking', dropped.id);
      expect(statusOf(cancelled)).toBe('CANCELLED');
      expect(cancelled!.sequence).toBeGreaterThan(0);
      const registered = find(events, 'event', event.id);
      expect(registered?.summary).toBe('Café réseau');
      expect(startOf(registered)).toBe('2026-03-31T07:00:00.000Z');
      expect(find(events, 'booking', notMine.id)).toBeUndefined();
      expect(events.size).toBe(3);
    });

    it('gives a new address that kills the old one at once, and revokes it', async () => {
      const who = await givenMember(t);
      const first = (await renew(who).expect(200)).body.url as string;
      await read(first).expect(200);
      const second = (await renew(who).expect(200)).body.url as string;
      expect(second).not.toBe(first);
      const stale = await read(first).expect(404);
      expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
      await read(second).expect(200);
      expect((await feedOf(who).expect(200)).body.url).toBe(second);

      await t.http.delete('/api/v1/me/calendar-feed').set('Authorization', who.bearer).expect(204);
      await read(second).expect(404);
      await feedOf(who).expect(404);
      await t.http.get('/api/v1/calendar/not-a-token.ics').expect(404);
    });

    it('is in the GDPR export without its token, and erased with the account', async () => {
      const who = await givenMember(t);
      const url = (await renew(who).expect(200)).body.url as string;
      const exported = await t.http.get('/api/v1/me/export').set('Authorization', who.bearer).expect(200);
      const token = /calendar\/([^.]+)\.ics$/.exec(url)![1];
      expect(JSON.stringify(exported.body)).not.toContain(token);
      expect(JSON.stringify(exported.body)).toContain('"calendarFeed":{"createdAt":"2026-03-20T10:00:00.000Z"}');
      await t.http.delete('/api/v1/me').set('Authorization', who.bearer).expect(204);
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM calendar_feeds WHERE user_id = $1`, [
        who.id,
      ]);
      expect(row.n).toBe(0);
      await read(url).expect(404);
    });
  });
});
