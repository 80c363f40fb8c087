import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenHost, givenResource, givenSite, OFFICE_WEEK, siteRequest, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';
import { SITE_AMENITIES } from './site-amenities';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const fields = (body: { errors?: { field: string }[] }) => body.errors?.map((e) => e.field) ?? [];

describe('sites over HTTP', () => {
  let t: TestApp;
  let admin: TestAccount;
  let member: TestAccount;
  let auch: TestSite;
  let auchHost: TestAccount;
  let otherHost: TestAccount;
  let draft: TestSite;
  let draftHost: TestAccount;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await givenAdmin(t);
    member = await givenMember(t);
    auch = await givenSite(t, admin, { name: 'Auch Tiers-Lieu', amenities: ['fibre', 'parking', 'coffee'] });
    auchHost = await givenHost(t, admin, auch.id);
    const condom = await givenSite(t, admin, { name: 'La Fabrique de Condom', communeCode: '32107', amenities: [] });
    otherHost = await givenHost(t, admin, condom.id);
    draft = await givenSite(t, admin, { name: 'Projet Mirande' }, 'draft');
    draftHost = await givenHost(t, admin, draft.id);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /sites', () => {
    it('creates a draft with a slug from the name and the commune’s EPCI (admin)', async () => {
      const response = await t.http
        .post('/api/v1/sites')
        .set('Authorization', admin.bearer)
        .send(siteRequest({ name: "L'Atelier d'Auch", description: 'Au cœur de la ville' }))
        .expect(201);
      expect(response.body).toMatchObject({
        id: expect.any(String),
        slug: 'l-atelier-d-auch',
        status: 'draft',
        communeCode: '32013',
        communeName: 'Auch',
        epciCode: '200066926',
        epciName: expect.stringMatching(/Grand Auch/),
        timezone: 'Europe/Paris',
        openingHours: OFFICE_WEEK,
        openOnPublicHolidays: [],
        resources: [],
        upcomingClosures: [],
      });
      expect(response.body.createdAt).toMatch(INSTANT);
    });

    it('suffixes the slug when another site has it', async () => {
      const first = await givenSite(t, admin, { name: 'Espace Lectoure' }, 'draft');
      const second = await givenSite(t, admin, { name: 'Espace  Lectoure!' }, 'draft');
      const third = await givenSite(t, admin, { name: 'Espace Lectoure' }, 'draft');
      expect([first.slug, second.slug, third.slug]).toEqual([
        'espace-lectoure',
        'espace-lectoure-2',
        'espace-lectoure-3',
      ]);
    });

    it('is for admins only', async () => {
      await t.http.post('/api/v1/sites').send(siteRequest()).expect(401);
      for (const caller of [member, auchHost]) {
        await t.http.post('/api/v1/sites').set('Authorization', caller.bearer).send(siteRequest()).expect(403);
      }
    });

    it('names each invalid field in a 400, an unknown commune included', async () => {
      const response = await t.http
        .post('/api/v1/sites')
        .set('Authorization', admin.bearer)
        .send(
          siteRequest({
            name: null,
            address: 'rue\u0000',
            latitude: 100,
            timezone: 'Mars/Olympus',
            amenities: ['jacuzzi'],
            openOnPublicHolidays: ['2026-06-02'],
            openingHours: { ...OFFICE_WEEK, tue: [['13:30', '12:00']] },
          }),
        )
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(new Set(fields(response.body))).toEqual(
        new Set(['name', 'address', 'latitude', 'timezone', 'amenities', 'openOnPublicHolidays', 'openingHours']),
      );
      expect(response.body.errors.find((e: { field: string }) => e.field === 'openingHours').message).toMatch(/tue/);

      const unknown = await t.http
        .post('/api/v1/sites')
        .set('Authorization', admin.bearer)
        .send(siteRequest({ communeCode: '32999' }))
        .expect(400);
      expect(fields(unknown.body)).toEqual(['communeCode']);
      const extra = await t.http
        .post('/api/v1/sites')
        .set('Authorization', admin.bearer)
        .send(siteRequest({ owner: 'me' }))
        .expect(400);
      expect(fields(extra.body)).toContain('owner');
    });
  });

  describe('GET /sites', () => {
    it('lists published sites only, to anyone', async () => {
      const response = await t.http.get('/api/v1/sites').query({ limit: 500 }).expect(200);
      const slugs = response.body.items.map((s: { slug: string }) => s.slug);
      expect(slugs).toEqual(expect.arrayContaining(['auch-tiers-lieu', 'la-fabrique-de-condom']));
      expect(slugs).not.toContain('projet-mirande');
      expect(response.body.total).toBe(response.body.items.length);
    });

    it('lists drafts and archives to officers only (status), 403 to hosts and members', async () => {
      const drafts = await t.http
        .get('/api/v1/sites')
        .query({ status: 'draft' })
        .set('Authorization', admin.bearer)
        .expect(200);
      expect(drafts.body.items.map((s: { slug: string }) => s.slug)).toContain('projet-mirande');
      expect(drafts.body.items.every((s: { status: string }) => s.status === 'draft')).toBe(true);
      const all = await t.http
        .get('/api/v1/sites')
        .query({ status: 'all', limit: 500 })
        .set('Authorization', admin.bearer)
        .expect(200);
      expect(all.body.items.map((s: { slug: string }) => s.slug)).toEqual(
        expect.arrayContaining(['projet-mirande', 'auch-tiers-lieu']),
      );
      await t.http.get('/api/v1/sites').query({ status: 'draft' }).set('Authorization', draftHost.bearer).expect(403);
      await t.http.get('/api/v1/sites').query({ status: 'all' }).set('Authorization', member.bearer).expect(403);
      await t.http.get('/api/v1/sites').query({ status: 'draft' }).expect(403);
      await t.http.get('/api/v1/sites').query({ status: 'gone' }).expect(400);
    });

    it('filters by commune, EPCI and amenities, and finds names without their accents', async () => {
      const byCommune = await t.http.get('/api/v1/sites').query({ communeCode: '32107' }).expect(200);
      expect(byCommune.body.items.map((s: { slug: string }) => s.slug)).toEqual(['la-fabrique-de-condom']);
      const byEpci = await t.http.get('/api/v1/sites').query({ epciCode: '200066926' }).expect(200);
      expect(byEpci.body.items.map((s: { slug: string }) => s.slug)).toEqual(['auch-tiers-lieu']);
      const byAmenities = await t.http.get('/api/v1/sites?amenity=parking&amenity=fibre').expect(200);
      expect(byAmenities.body).toMatchObject({ total: 1, items: [{ slug: 'auch-tiers-lieu' }] });
      const byName = await t.http.get('/api/v1/sites').query({ q: 'FABRIQUE' }).expect(200);
      expect(byName.body.items.map((s: { slug: string }) => s.slug)).toEqual(['la-fabrique-de-condom']);
      await givenSite(t, admin, { name: 'Le Hangar', communeCode: '32119' });
      const byCommuneName = await t.http.get('/api/v1/sites').query({ q: 'éauze' }).expect(200);
      expect(byCommuneName.body.items.map((s: { name: string }) => s.name)).toEqual(['Le Hangar']);
    });

    it('paginates and keeps the total past the end', async () => {
      const all = await t.http.get('/api/v1/sites').expect(200);
      const page = await t.http.get('/api/v1/sites').query({ limit: 1, offset: 1 }).expect(200);
      expect(page.body.items).toEqual([all.body.items[1]]);
      const past = await t.http.get('/api/v1/sites').query({ offset: 1000 }).expect(200);
      expect(past.body).toEqual({ items: [], total: all.body.total });
    });

    it('answers bad parameters with a 400 naming them', async () => {
      const response = await t.http.get('/api/v1/sites').query({ amenity: 'jacuzzi', limit: 0, epciCode: 'x' });
      expect(response.status).toBe(400);
      expect(new Set(fields(response.body))).toEqual(new Set(['amenity', 'limit', 'epciCode']));
      const nul = await t.http.get('/api/v1/sites').query({ q: 'a\u0000b' });
      expect(nul.status).toBe(400);
    });
  });

  describe('GET /sites/{idOrSlug}', () => {
    it('answers a published site by id or slug with its active resources and upcoming closures', async () => {
      const desk = await givenResource(t, auchHost, auch.id, { name: 'Bureau 1' });
      const removed = await givenResource(t, auchHost, auch.id, { name: 'Bureau retiré' });
      await t.http.delete(`/api/v1/resources/${removed.id}`).set('Authorization', auchHost.bearer).expect(204);
      await t.dataSource.query(`INSERT INTO site_closures (site_id, date, reason) VALUES ($1, '2020-01-02', 'Past')`, [
        auch.id,
      ]);
      const bySlug = await t.http.get('/api/v1/sites/auch-tiers-lieu').expect(200);
      const byId = await t.http.get(`/api/v1/sites/${auch.id}`).expect(200);
      expect(byId.body).toEqual(bySlug.body);
      expect(bySlug.body.resources.map((r: { id: string }) => r.id)).toEqual([desk.id]);
      expect(bySlug.body.upcomingClosures).toEqual([]);
      expect(bySlug.body).toMatchObject({ communeName: 'Auch', epciName: expect.stringMatching(/Grand Auch/) });
    });

    it('shows a draft to admins and its hosts only; others get a 404', async () => {
      await t.http.get(`/api/v1/sites/${draft.id}`).set('Authorization', admin.bearer).expect(200);
      await t.http.get(`/api/v1/sites/${draft.slug}`).set('Authorization', draftHost.bearer).expect(200);
      await t.http.get(`/api/v1/sites/${draft.id}`).expect(404);
      for (const caller of [member, otherHost]) {
        await t.http.get(`/api/v1/sites/${draft.id}`).set('Authorization', caller.bearer).expect(404);
      }
    });

    it('answers 404 for an unknown id or slug, and a stale token still reads a public site', async () => {
      await t.http.get('/api/v1/sites/00000000-0000-4000-8000-000000000000').expect(404);
      await t.http.get('/api/v1/sites/nowhere-at-all').expect(404);
      await t.http.get('/api/v1/sites/%27%3B%20drop').expect(404);
      await t.http.get('/api/v1/sites/a%00b').expect(404);
      await t.http.get(`/api/v1/sites/${auch.id}`).set('Authorization', 'Bearer stale').expect(200);
    });
  });

  it('are checked against the same amenity list in the database as in the code', async () => {
    const [row] = await t.dataSource.query(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'sites_amenities_check'`,
    );
    const listed = [...row.def.matchAll(/'([a-z_]+)'::text/g)].map((m: RegExpMatchArray) => m[1]);
    expect(listed).toEqual([...SITE_AMENITIES]);
  });
});
