import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenHost, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';
import { SiteCalendar } from './site-calendar';

/** A date `days` from today in Paris, as the site counts days. */
const inDays = (days: number) => DateTime.now().setZone('Europe/Paris').plus({ days }).toISODate()!;

describe('site closures over HTTP', () => {
  let t: TestApp;
  let admin: TestAccount;
  let member: TestAccount;
  let site: TestSite;
  let host: TestAccount;
  let otherSite: TestSite;
  let otherHost: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    host = await givenHost(t, admin, site.id);
    otherSite = await givenSite(t, admin);
    otherHost = await givenHost(t, admin, otherSite.id);
  });
  afterAll(async () => {
    await t.close();
  });

  const close = (caller: TestAccount | undefined, body: Record<string, unknown>, siteId = site.id) => {
    const request = t.http.post(`/api/v1/sites/${siteId}/closures`);
    if (caller) request.set('Authorization', caller.bearer);
    return request.send(body);
  };

  it('lets a host close a day, which the site’s page then shows', async () => {
    const date = inDays(10);
    const response = await close(host, { date, reason: 'Travaux' }).expect(201);
    expect(response.body).toEqual({ id: expect.any(String), siteId: site.id, date, reason: 'Travaux' });
    const page = await t.http.get(`/api/v1/sites/${site.slug}`).expect(200);
    expect(page.body.upcomingClosures).toEqual([response.body]);
    // What the booking module will ask before it takes a booking for that day.
    const calendar = t.app.get(SiteCalendar);
    expect(await calendar.openingOn(site.id, date)).toEqual({
      ranges: [],
      closedBecause: { kind: 'closure', reason: 'Travaux' },
    });
    expect(await calendar.isOpenOn(site.id, date)).toBe(false);
  });

  it('answers 409 for a day already closed', async () => {
    const date = inDays(11);
    await close(admin, { date }).expect(201);
    const response = await close(host, { date, reason: 'Again' }).expect(409);
    expect(response.body).toMatchObject({ type: expect.stringMatching(/closure-exists$/), date });
  });

  it('holds under concurrent requests for the same day: one 201, the rest 409', async () => {
    const date = inDays(12);
    const statuses = await Promise.all(Array.from({ length: 8 }, () => close(host, { date }).then((r) => r.status)));
    expect(statuses.sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('refuses a past day (422) and a malformed one (400)', async () => {
    const past = await close(host, { date: inDays(-1) }).expect(422);
    expect(past.body.type).toMatch(/closure-in-past$/);
    const malformed = await close(host, { date: '2026-02-30', colour: 'red' }).expect(400);
    expect(new Set(malformed.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['date', 'colour']));
  });

  it('is for admins and the site’s hosts: 403 for others, 401 anonymous, 404 for an unknown site', async () => {
    await close(otherHost, { date: inDays(20) }).expect(403);
    await close(member, { date: inDays(20) }).expect(403);
    await close(undefined, { date: inDays(20) }).expect(401);
    await close(admin, { date: inDays(20) }, '00000000-0000-4000-8000-000000000000').expect(404);
    await t.http.get(`/api/v1/sites/${site.id}/closures`).set('Authorization', otherHost.bearer).expect(403);
    await t.http.get(`/api/v1/sites/${site.id}/closures`).set('Authorization', member.bearer).expect(403);
    await t.http.get(`/api/v1/sites/${site.id}/closures`).expect(401);
  });

  it('lists the closures in date order, within a range', async () => {
    const all = await t.http.get(`/api/v1/sites/${site.id}/closures`).set('Authorization', host.bearer).expect(200);
    const dates = all.body.items.map((c: { date: string }) => c.date);
    expect(dates).toEqual([inDays(10), inDays(11), inDays(12)]);
    expect(all.body.total).toBe(3);
    const ranged = await t.http
      .get(`/api/v1/sites/${site.id}/closures`)
      .query({ from: inDays(11), to: inDays(11) })
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(ranged.body).toMatchObject({ total: 1, items: [{ date: inDays(11) }] });
  });

  it('lets a host reopen a closed day (204), then answers 404 for it', async () => {
    const closure = (await close(host, { date: inDays(30) }).expect(201)).body;
    const path = `/api/v1/sites/${site.id}/closures/${closure.id}`;
    await t.http.delete(path).set('Authorization', otherHost.bearer).expect(403);
    await t.http.delete(path).set('Authorization', member.bearer).expect(403);
    await t.http.delete(path).expect(401);
    await t.http.delete(path).set('Authorization', host.bearer).expect(204);
    await t.http.delete(path).set('Authorization', host.bearer).expect(404);
    await t.http.delete(`/api/v1/sites/${site.id}/closures/nope`).set('Authorization', host.bearer).expect(404);
  });

  it('does not let one site’s path remove another site’s closure', async () => {
    const closure = (await close(otherHost, { date: inDays(40) }, otherSite.id).expect(201)).body;
    await t.http
      .delete(`/api/v1/sites/${site.id}/closures/${closure.id}`)
      .set('Authorization', host.bearer)
      .expect(404);
  });
});
