import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

const NO_ONE = '00000000-0000-4000-8000-000000000000';
const fields = (body: { errors?: { field: string }[] }) => body.errors?.map((e) => e.field) ?? [];

describe('resources over HTTP', () => {
  let t: TestApp;
  let admin: TestAccount;
  let member: TestAccount;
  let site: TestSite;
  let host: TestAccount;
  let otherHost: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Gimont' });
    host = await givenHost(t, admin, site.id);
    otherHost = await givenHost(t, admin, (await givenSite(t, admin)).id);
  });
  afterAll(async () => {
    await t.close();
  });

  const create = (caller: TestAccount | undefined, body: Record<string, unknown>, siteId = site.id) => {
    const request = t.http.post(`/api/v1/sites/${siteId}/resources`);
    if (caller) request.set('Authorization', caller.bearer);
    return request.send(body);
  };

  describe('POST /sites/{id}/resources', () => {
    it('lets a host add a desk (capacity 1 by default) and an admin a meeting room', async () => {
      const desk = await create(host, { name: ' Bureau fenêtre ', kind: 'desk', amenities: ['window'] }).expect(201);
      expect(desk.body).toEqual({
        id: expect.any(String),
        siteId: site.id,
        name: 'Bureau fenêtre',
        kind: 'desk',
        capacity: 1,
        amenities: ['window'],
        active: true,
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/),
      });
      const room = await create(admin, { name: 'Salle Armagnac', kind: 'meeting_room', capacity: 8 }).expect(201);
      expect(room.body).toMatchObject({ kind: 'meeting_room', capacity: 8, amenities: [] });
    });

    it('names invalid fields in a 400', async () => {
      const response = await create(host, { name: '', kind: 'sofa', capacity: 0, amenities: ['jacuzzi'] }).expect(400);
      expect(new Set(fields(response.body))).toEqual(new Set(['name', 'kind', 'capacity', 'amenities']));
    });

    it('is for admins and the site’s hosts: 403 for others, 401 anonymous, 404 unknown site', async () => {
      await create(otherHost, { name: 'X', kind: 'desk' }).expect(403);
      await create(member, { name: 'X', kind: 'desk' }).expect(403);
      await create(undefined, { name: 'X', kind: 'desk' }).expect(401);
      await create(admin, { name: 'X', kind: 'desk' }, NO_ONE).expect(404);
    });
  });

  describe('GET /sites/{id}/resources', () => {
    it('lists the active resources of a published site to anyone, by id or slug', async () => {
      const byId = await t.http.get(`/api/v1/sites/${site.id}/resources`).expect(200);
      const bySlug = await t.http.get(`/api/v1/sites/${site.slug}/resources`).expect(200);
      expect(bySlug.body).toEqual(byId.body);
      expect(byId.body.items.map((r: { name: string }) => r.name)).toEqual(['Bureau fenêtre', 'Salle Armagnac']);
      expect(byId.body.total).toBe(2);
    });

    it('hides a draft site’s resources from the public (404) but not from its host', async () => {
      const draft = await givenSite(t, admin, { name: 'Brouillon' }, 'draft');
      const draftHost = await givenHost(t, admin, draft.id);
      await givenResource(t, draftHost, draft.id);
      await t.http.get(`/api/v1/sites/${draft.id}/resources`).expect(404);
      await t.http.get(`/api/v1/sites/${draft.id}/resources`).set('Authorization', member.bearer).expect(404);
      const own = await t.http
        .get(`/api/v1/sites/${draft.id}/resources`)
        .set('Authorization', draftHost.bearer)
        .expect(200);
      expect(own.body.total).toBe(1);
      const resource = own.body.items[0];
      await t.http
        .patch(`/api/v1/resources/${resource.id}`)
        .set('Authorization', otherHost.bearer)
        .send({ capacity: 2 })
        .expect(404);
    });

    it('answers 404 for an unknown site', async () => {
      await t.http.get(`/api/v1/sites/${NO_ONE}/resources`).expect(404);
    });
  });

  describe('PATCH and DELETE /resources/{id}', () => {
    it('lets a host of its site change a resource, and answers it whole', async () => {
      const phone = await givenResource(t, host, site.id, { name: 'Cabine', kind: 'phone_booth' });
      const response = await t.http
        .patch(`/api/v1/resources/${phone.id}`)
        .set('Authorization', host.bearer)
        .send({ name: 'Cabine 1', amenities: ['accessible'] })
        .expect(200);
      expect(response.body).toMatchObject({ id: phone.id, name: 'Cabine 1', kind: 'phone_booth', capacity: 1 });
      expect(response.body.amenities).toEqual(['accessible']);
      const invalid = await t.http
        .patch(`/api/v1/resources/${phone.id}`)
        .set('Authorization', admin.bearer)
        .send({ name: null, capacity: -1, kind: 'sofa' })
        .expect(400);
      expect(new Set(fields(invalid.body))).toEqual(new Set(['name', 'capacity', 'kind']));
    });

    it('refuses others: 403 for a host of another site or a member, 401 anonymous, 404 unknown', async () => {
      const desk = await givenResource(t, host, site.id);
      for (const caller of [otherHost, member]) {
        await t.http
          .patch(`/api/v1/resources/${desk.id}`)
          .set('Authorization', caller.bearer)
          .send({ capacity: 2 })
          .expect(403);
        await t.http.delete(`/api/v1/resources/${desk.id}`).set('Authorization', caller.bearer).expect(403);
      }
      await t.http.patch(`/api/v1/resources/${desk.id}`).send({ capacity: 2 }).expect(401);
      await t.http.delete(`/api/v1/resources/${desk.id}`).expect(401);
      await t.http.patch(`/api/v1/resources/${NO_ONE}`).set('Authorization', admin.bearer).send({}).expect(404);
      await t.http.delete(`/api/v1/resources/not-an-id`).set('Authorization', admin.bearer).expect(404);
    });

    it('deactivates on DELETE (204): gone from the lists, kept in the database, and can come back', async () => {
      const desk = await givenResource(t, host, site.id, { name: 'Bureau temporaire' });
      await t.http.delete(`/api/v1/resources/${desk.id}`).set('Authorization', host.bearer).expect(204);
      await t.http.delete(`/api/v1/resources/${desk.id}`).set('Authorization', host.bearer).expect(204);
      const listed = await t.http.get(`/api/v1/sites/${site.id}/resources`).query({ limit: 500 }).expect(200);
      expect(listed.body.items.map((r: { id: string }) => r.id)).not.toContain(desk.id);
      const page = await t.http.get(`/api/v1/sites/${site.id}`).expect(200);
      expect(page.body.resources.map((r: { id: string }) => r.id)).not.toContain(desk.id);
      const [row] = await t.dataSource.query(`SELECT active FROM resources WHERE id = $1`, [desk.id]);
      expect(row.active).toBe(false);
      const back = await t.http
        .patch(`/api/v1/resources/${desk.id}`)
        .set('Authorization', host.bearer)
        .send({ active: true })
        .expect(200);
      expect(back.body.active).toBe(true);
    });
  });
});
