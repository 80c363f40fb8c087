import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { signedInAgain } from '../../testing/events-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Monday 17 March 2025, 09:00 in Auch: the oldest bookings are made. */
const LAST_YEAR = new Date('2025-03-17T08:00:00Z');
/** Friday 20 March 2026, 11:00 in Auch: the host takes a phone call. Twelve months back is 20 March 2025. */
const NOW = new Date('2026-03-20T10:00:00Z');

interface Card {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

describe('GET /sites/{id}/members (finding a member to book for)', () => {
  let t: TestApp;
  const clock = new FixedClock(LAST_YEAR);
  let admin: TestAccount;
  let host: TestAccount;
  let otherHost: TestAccount;
  let auch: TestSite;
  let vic: TestSite;
  /** Booked at Auch on 20 March 2025: just within the twelve months. */
  let elodie: TestAccount;
  /** Booked at Auch on 19 March 2025 only: just out of them. */
  let old: TestAccount;
  /** Booked at Auch, then cancelled. */
  let cancelled: TestAccount;
  /** Holds a booking at Auch next week. */
  let ahead: TestAccount;
  /** Booked at Vic only. */
  let elsewhere: TestAccount;
  /** Never booked anywhere. */
  let newcomer: TestAccount;

  const card = (who: TestAccount, firstName: string, lastName: string): Card => ({
    id: who.id,
    firstName,
    lastName,
    email: who.email,
  });
  const find = (who: TestAccount | undefined, siteId: string, query: Record<string, unknown>) => {
    const request = t.http.get(`/api/v1/sites/${siteId}/members`).query(query);
    if (who) request.set('Authorization', who.bearer);
    return request;
  };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await givenAdmin(t);
    auch = await givenSite(t, admin, { name: 'Tiers-lieu d’Auch' });
    vic = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    host = await givenHost(t, admin, auch.id);
    otherHost = await givenHost(t, admin, vic.id);
    const auchDesk = await givenResource(t, admin, auch.id);
    const vicDesk = await givenResource(t, admin, vic.id);
    [elodie, old, cancelled, ahead, elsewhere, newcomer] = await Promise.all([
      givenMember(t, { firstName: 'Élodie', lastName: 'Sarrazin-Dupré', email: `elodie-${Date.now()}@example.fr` }),
      givenMember(t, { firstName: 'Odile', lastName: 'Sarrazin' }),
      givenMember(t, { firstName: 'Cyril', lastName: 'Sarrazin' }),
      givenMember(t, { firstName: 'Ava', lastName: 'Sarrazin' }),
      givenMember(t, { firstName: 'Élise', lastName: 'Sarrazin' }),
      givenMember(t, { firstName: 'Noé', lastName: 'Sarrazin', email: `noe.arrivant-${Date.now()}@example.fr` }),
    ]);
    await givenBooking(t, elodie, { resourceId: auchDesk.id, date: '2025-03-20', slot: 'morning' });
    await givenBooking(t, old, { resourceId: auchDesk.id, date: '2025-03-19', slot: 'morning' });
    const dropped = await givenBooking(t, cancelled, { resourceId: auchDesk.id, date: '2025-03-21', slot: 'morning' });
    await t.http.post(`/api/v1/bookings/${dropped.id}/cancel`).set('Authorization', cancelled.bearer).expect(200);
    await givenBooking(t, elsewhere, { resourceId: vicDesk.id, date: '2025-03-20', slot: 'morning' });
    clock.set(NOW);
    [admin, host, otherHost, ahead, elodie] = await Promise.all(
      [admin, host, otherHost, ahead, elodie].map((a) => signedInAgain(t, a)),
    );
    await givenBooking(t, ahead, { resourceId: auchDesk.id, date: '2026-03-24', slot: 'afternoon' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives a host the members who booked at their site in the last twelve months, or will, by last name', async () => {
    const found = await find(host, auch.id, { q: 'sarrazin' }).expect(200);
    expect(found.body).toEqual({
      items: [card(ahead, 'Ava', 'Sarrazin'), card(elodie, 'Élodie', 'Sarrazin-Dupré')],
      total: 2,
    });
  });

  it('compares words with names and addresses without case or accents', async () => {
    for (const q of ['ELODIE', 'elodie sarrazin dupre', 'Sarrazin Dupré', 'sarrazin-dupre élodie', 'elodie-']) {
      const found = await find(host, auch.id, { q }).expect(200);
      expect(found.body.items.map((c: Card) => c.id)).toEqual([elodie.id]);
    }
    const byAddress = await find(host, auch.id, { q: elodie.email.slice(0, 12) }).expect(200);
    expect(byAddress.body.items).toEqual([card(elodie, 'Élodie', 'Sarrazin-Dupré')]);
    // LIKE's wildcards are letters like any other.
    expect((await find(host, auch.id, { q: '%_' }).expect(200)).body).toEqual({ items: [], total: 0 });
  });

  it('finds anyone else only by their e-mail address in full, case ignored', async () => {
    for (const who of [old, cancelled, elsewhere, newcomer]) {
      const byName = await find(host, auch.id, { q: who.email.split('@')[0] }).expect(200);
      expect(byName.body.total).toBe(0);
    }
    const called = await find(host, auch.id, { q: ` ${newcomer.email.toUpperCase()} ` }).expect(200);
    expect(called.body).toEqual({ items: [card(newcomer, 'Noé', 'Sarrazin')], total: 1 });
    const fromVic = await find(host, auch.id, { q: elsewhere.email }).expect(200);
    expect(fromVic.body.items).toEqual([card(elsewhere, 'Élise', 'Sarrazin')]);
    // Part of an address is not the address.
    expect((await find(host, auch.id, { q: newcomer.email.slice(1) }).expect(200)).body.total).toBe(0);
  });

  it('answers an officer the same for any site, a page at a time', async () => {
    const all = await find(admin, auch.id, { q: 'Sarrazin' }).expect(200);
    expect(all.body.items.map((c: Card) => c.id)).toEqual([ahead.id, elodie.id]);
    const second = await find(admin, auch.id, { q: 'Sarrazin', limit: 1, offset: 1 }).expect(200);
    expect(second.body).toEqual({ items: [card(elodie, 'Élodie', 'Sarrazin-Dupré')], total: 2 });
    const atVic = await find(admin, vic.id, { q: 'Sarrazin' }).expect(200);
    expect(atVic.body.items.map((c: Card) => c.id)).toEqual([elsewhere.id]);
  });

  it('refuses anyone but the site’s team, and names no unknown site', async () => {
    await find(undefined, auch.id, { q: 'sarrazin' }).expect(401);
    await find(elodie, auch.id, { q: 'sarrazin' }).expect(403);
    const refused = await find(otherHost, auch.id, { q: 'sarrazin' }).expect(403);
    expect(refused.body.type).toMatch(/not-site-host$/);
    // Not even a known address, from another site's host.
    await find(otherHost, auch.id, { q: newcomer.email }).expect(403);
    await find(host, '6f1c1d7e-0000-4000-8000-000000000000', { q: 'sarrazin' }).expect(404);
    await find(host, 'not-a-site', { q: 'sarrazin' }).expect(404);
    const draft = await givenSite(t, admin, {}, 'draft');
    await find(host, draft.id, { q: 'sarrazin' }).expect(404);
    expect((await find(admin, draft.id, { q: 'sarrazin' }).expect(200)).body).toEqual({ items: [], total: 0 });
  });

  it('wants at least two characters that count', async () => {
    for (const q of [undefined, '', 'a', '  é  ', '--', "'-", 'x'.repeat(101)]) {
      const refused = await find(host, auch.id, q === undefined ? {} : { q }).expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect([...new Set(refused.body.errors.map((e: { field: string }) => e.field))]).toEqual(['q']);
    }
    expect((await find(host, auch.id, { q: 'Av' }).expect(200)).body.items.map((c: Card) => c.id)).toContain(ahead.id);
  });
});
