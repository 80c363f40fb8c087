import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenHost, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';
import { SiteHostsService } from './site-hosts.service';

const NO_ONE = '00000000-0000-4000-8000-000000000000';

describe('site hosts over HTTP', () => {
  let t: TestApp;
  let admin: TestAccount;
  let member: TestAccount;
  let site: TestSite;
  let otherHost: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Samatan' });
    otherHost = await givenHost(t, admin, (await givenSite(t, admin)).id);
  });
  afterAll(async () => {
    await t.close();
  });

  const hosts = (caller: TestAccount, siteId = site.id) =>
    t.http.get(`/api/v1/sites/${siteId}/hosts`).set('Authorization', caller.bearer);

  it('appoints a host (204, twice is once), who acts on the site at once with the same token', async () => {
    const camille = await givenMember(t);
    await t.http
      .patch(`/api/v1/sites/${site.id}`)
      .set('Authorization', camille.bearer)
      .send({ description: 'x' })
      .expect(403);
    const path = `/api/v1/sites/${site.id}/hosts/${camille.id}`;
    await t.http.put(path).set('Authorization', admin.bearer).expect(204);
    await t.http.put(path).set('Authorization', admin.bearer).expect(204);
    await t.http
      .patch(`/api/v1/sites/${site.id}`)
      .set('Authorization', camille.bearer)
      .send({ description: 'Chez Camille' })
      .expect(200);
    const me = await t.http.get('/api/v1/me').set('Authorization', camille.bearer).expect(200);
    expect(me.body).toMatchObject({ role: 'host', hostedSiteIds: [site.id] });
    const list = await hosts(camille).expect(200);
    expect(list.body).toEqual({
      items: [{ userId: camille.id, appointedAt: expect.any(String), firstName: 'Camille', lastName: 'Martin' }],
      total: 1,
    });
  });

  it('names each host: first and last name for the hosts, the e-mail address too for officers', async () => {
    const place = await givenSite(t, admin, { name: 'Tiers-lieu de Lombez' });
    const first = await givenMember(t, { firstName: 'Bernadette', lastName: 'Abadie' });
    const second = await givenMember(t, { firstName: 'Jean', lastName: 'Zamora' });
    for (const person of [first, second]) {
      await t.http.put(`/api/v1/sites/${place.id}/hosts/${person.id}`).set('Authorization', admin.bearer).expect(204);
    }
    const forOfficer = await hosts(admin, place.id).expect(200);
    expect(forOfficer.body.items).toEqual([
      {
        userId: first.id,
        appointedAt: expect.any(String),
        firstName: 'Bernadette',
        lastName: 'Abadie',
        email: first.email,
      },
      {
        userId: second.id,
        appointedAt: expect.any(String),
        firstName: 'Jean',
        lastName: 'Zamora',
        email: second.email,
      },
    ]);
    const forHost = await hosts(second, place.id).expect(200);
    expect(forHost.body.items.map((h: Record<string, unknown>) => [h['lastName'], h['email']])).toEqual([
      ['Abadie', undefined],
      ['Zamora', undefined],
    ]);
    // An erased account leaves the list with its appointment.
    await t.http.delete('/api/v1/me').set('Authorization', first.bearer).expect(204);
    const after = await hosts(admin, place.id).expect(200);
    expect(after.body).toMatchObject({ total: 1, items: [{ userId: second.id }] });
  });

  it('removes a host (204), who loses the site at once; removing again is a 404', async () => {
    const dominique = await givenHost(t, admin, site.id);
    const path = `/api/v1/sites/${site.id}/hosts/${dominique.id}`;
    await t.http.delete(path).set('Authorization', admin.bearer).expect(204);
    await hosts(dominique).expect(403);
    await t.http
      .patch(`/api/v1/sites/${site.id}`)
      .set('Authorization', dominique.bearer)
      .send({ description: 'x' })
      .expect(403);
    await t.http.delete(path).set('Authorization', admin.bearer).expect(404);
  });

  it('records appointments and removals in the audit log, with the officer who acted', async () => {
    const person = await givenMember(t);
    await t.http.put(`/api/v1/sites/${site.id}/hosts/${person.id}`).set('Authorization', admin.bearer).expect(204);
    await t.http.put(`/api/v1/sites/${site.id}/hosts/${person.id}`).set('Authorization', admin.bearer).expect(204);
    await t.http.delete(`/api/v1/sites/${site.id}/hosts/${person.id}`).set('Authorization', admin.bearer).expect(204);
    const log = await t.http
      .get('/api/v1/audit-log')
      .query({ subjectId: person.id })
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['site.host.remove', 'site.host.appoint']);
    expect(log.body.items[1]).toMatchObject({
      actorId: admin.id,
      actorRole: 'admin',
      subjectType: 'user',
      details: { siteId: site.id },
    });
  });

  it('answers 404 for an unknown site or user, malformed ids included', async () => {
    for (const path of [
      `/api/v1/sites/${NO_ONE}/hosts/${member.id}`,
      `/api/v1/sites/${site.id}/hosts/${NO_ONE}`,
      `/api/v1/sites/not-an-id/hosts/${member.id}`,
      `/api/v1/sites/${site.id}/hosts/not-an-id`,
    ]) {
      await t.http.put(path).set('Authorization', admin.bearer).expect(404);
      await t.http.delete(path).set('Authorization', admin.bearer).expect(404);
    }
    await hosts(admin, NO_ONE).expect(404);
  });

  it('lets only admins appoint and remove: 403 for hosts and members, 401 anonymous', async () => {
    const path = `/api/v1/sites/${site.id}/hosts/${member.id}`;
    for (const caller of [member, otherHost]) {
      await t.http.put(path).set('Authorization', caller.bearer).expect(403);
      await t.http.delete(path).set('Authorization', caller.bearer).expect(403);
    }
    await t.http.put(path).expect(401);
    await t.http.delete(path).expect(401);
  });

  it('shows the list to admins and the site’s hosts only', async () => {
    await hosts(admin).expect(200);
    await hosts(otherHost).expect(403);
    await hosts(member).expect(403);
    await t.http.get(`/api/v1/sites/${site.id}/hosts`).expect(401);
  });

  it('tells the identity module which sites a user hosts', async () => {
    const host = await givenHost(t, admin, site.id);
    expect(await t.app.get(SiteHostsService).hostedSiteIds(host.id)).toEqual([site.id]);
    expect(await t.app.get(SiteHostsService).hostedSiteIds(member.id)).toEqual([]);
  });
});
