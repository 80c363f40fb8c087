import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { givenAdmin, TestAccount } from '../../testing/accounts';
import { givenHost, givenResource, givenSite, OFFICE_WEEK, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

interface Entry {
  at: string;
  actorId: string;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
}

describe('audit log of site and resource edits', () => {
  let t: TestApp;
  let admin: TestAccount;
  let host: TestAccount;
  let site: TestSite;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await givenAdmin(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Vic-Fezensac' }, 'draft');
    host = await givenHost(t, admin, site.id);
  });
  afterAll(async () => {
    await t.close();
  });

  /** The entries about one subject, oldest first. */
  const entriesAbout = async (subjectId: string): Promise<Entry[]> => {
    const log = await t.http
      .get('/api/v1/audit-log')
      .query({ subjectId })
      .set('Authorization', admin.bearer)
      .expect(200);
    return (log.body.items as Entry[]).reverse();
  };

  it('records a status change by an officer, from what to what, and when', async () => {
    const before = Date.now();
    await t.http.patch(`/api/v1/sites/${site.id}`).set('Authorization', admin.bearer).send({ status: 'published' });
    const [entry] = await entriesAbout(site.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorRole: 'admin',
      action: 'site.status.change',
      subjectType: 'site',
      subjectId: site.id,
      details: { from: 'draft', to: 'published' },
    });
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("names only the fields a host's edit really changed, never their values", async () => {
    const count = (await entriesAbout(site.id)).length;
    // An editor sends every field back: the unchanged ones (hours, status) are not named.
    await t.http
      .patch(`/api/v1/sites/${site.id}`)
      .set('Authorization', host.bearer)
      .send({ description: 'Au pied de la tour', fibreMbps: 300, openingHours: OFFICE_WEEK, status: 'published' })
      .expect(200);
    const entries = await entriesAbout(site.id);
    expect(entries).toHaveLength(count + 1);
    expect(entries.at(-1)).toMatchObject({
      actorId: host.id,
      actorRole: 'host',
      action: 'site.update',
      details: { fields: ['description', 'fibreMbps'] },
    });
    expect(JSON.stringify(entries.at(-1))).not.toContain('Au pied de la tour');
  });

  it('records nothing for an edit that changes nothing', async () => {
    const count = (await entriesAbout(site.id)).length;
    await t.http
      .patch(`/api/v1/sites/${site.id}`)
      .set('Authorization', host.bearer)
      .send({ description: 'Au pied de la tour', openingHours: OFFICE_WEEK })
      .expect(200);
    expect(await entriesAbout(site.id)).toHaveLength(count);
  });

  it("records an officer's move to another commune and new slug", async () => {
    await t.http
      .patch(`/api/v1/sites/${site.id}`)
      .set('Authorization', admin.bearer)
      .send({ communeCode: '32462', slug: 'vic-fezensac' })
      .expect(200);
    expect((await entriesAbout(site.id)).at(-1)).toMatchObject({
      actorId: admin.id,
      action: 'site.update',
      details: { fields: ['slug', 'communeCode'] },
    });
  });

  it('records the creation, edit and removal of a resource by a host', async () => {
    const desk = await givenResource(t, host, site.id, { name: 'Poste fenêtre', kind: 'desk' });
    await t.http
      .patch(`/api/v1/resources/${desk.id}`)
      .set('Authorization', host.bearer)
      .send({ name: 'Poste fenêtre', kind: 'desk', capacity: 2 })
      .expect(200);
    await t.http.delete(`/api/v1/resources/${desk.id}`).set('Authorization', host.bearer).expect(204);
    // Removing twice is one removal.
    await t.http.delete(`/api/v1/resources/${desk.id}`).set('Authorization', host.bearer).expect(204);
    const entries = await entriesAbout(desk.id);
    expect(entries.map((e) => [e.action, e.actorId, e.subjectType])).toEqual([
      ['resource.create', host.id, 'resource'],
      ['resource.update', host.id, 'resource'],
      ['resource.deactivate', host.id, 'resource'],
    ]);
    expect(entries.map((e) => e.details)).toEqual([
      { siteId: site.id, kind: 'desk' },
      { siteId: site.id, fields: ['capacity'] },
      { siteId: site.id },
    ]);
  });

  it('records the reopening of a closed day', async () => {
    const date = DateTime.now().setZone('Europe/Paris').plus({ days: 40 }).toISODate()!;
    const closure = await t.http
      .post(`/api/v1/sites/${site.id}/closures`)
      .set('Authorization', host.bearer)
      .send({ date, reason: 'Inventaire' })
      .expect(201);
    await t.http
      .delete(`/api/v1/sites/${site.id}/closures/${closure.body.id}`)
      .set('Authorization', host.bearer)
      .expect(204);
    const actions = (await entriesAbout(site.id)).slice(-2);
    expect(actions).toMatchObject([
      { action: 'site.closure.create', details: { date } },
      { action: 'site.closure.remove', actorId: host.id, details: { date } },
    ]);
  });
});
