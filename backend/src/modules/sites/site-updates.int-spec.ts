import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenHost, givenSite, OFFICE_WEEK, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

const fields = (body: { errors?: { field: string }[] }) => body.errors?.map((e) => e.field) ?? [];

describe('PATCH /sites/{id}', () => {
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
    site = await givenSite(t, admin, { name: 'Maison du Télétravail' });
    host = await givenHost(t, admin, site.id);
    otherHost = await givenHost(t, admin, (await givenSite(t, admin, { name: 'Autre lieu' })).id);
  });
  afterAll(async () => {
    await t.close();
  });

  const patch = (id: string, caller: TestAccount | undefined, body: Record<string, unknown>) => {
    const request = t.http.patch(`/api/v1/sites/${id}`);
    if (caller) request.set('Authorization', caller.bearer);
    return request.send(body);
  };

  it('lets a host of the site describe it, and answers the whole site', async () => {
    const saturday = { ...OFFICE_WEEK, sat: [['09:00', '12:00']] };
    const response = await patch(site.id, host, {
      name: 'Maison du Télétravail de Fleurance',
      description: 'Une grange rénovée',
      fibreMbps: null,
      openingHours: saturday,
      openOnPublicHolidays: ['2026-05-14'],
      // A form sends every field back: the status it already has is no change.
      status: 'published',
    }).expect(200);
    expect(response.body).toMatchObject({
      id: site.id,
      slug: 'maison-du-teletravail',
      name: 'Maison du Télétravail de Fleurance',
      description: 'Une grange rénovée',
      fibreMbps: null,
      openingHours: saturday,
      openOnPublicHolidays: ['2026-05-14'],
      status: 'published',
      resources: [],
    });
    expect(Date.parse(response.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(site.body.updatedAt as string));
  });

  it('keeps status, commune and slug for admins: a host trying to change them gets a 403', async () => {
    for (const change of [{ status: 'archived' }, { communeCode: '32107' }, { slug: 'mon-lieu' }]) {
      const response = await patch(site.id, host, change).expect(403);
      expect(response.body.fields).toEqual(Object.keys(change));
    }
  });

  it('refuses a host of another site (403), a member (403) and an anonymous caller (401)', async () => {
    await patch(site.id, otherHost, { description: 'Pris' }).expect(403);
    await patch(site.id, member, { description: 'Pris' }).expect(403);
    await patch(site.id, undefined, { description: 'Pris' }).expect(401);
  });

  it('lets an admin move the site to another commune, which moves its EPCI too', async () => {
    const response = await patch(site.id, admin, { communeCode: '32107' }).expect(200);
    expect(response.body).toMatchObject({ communeCode: '32107', communeName: 'Condom' });
    expect(response.body.epciCode).not.toBe('200066926');
    const unknown = await patch(site.id, admin, { communeCode: '32999' }).expect(400);
    expect(fields(unknown.body)).toEqual(['communeCode']);
  });

  it('lets an admin change the slug, refuses one in use (409) or shaped like an id (400)', async () => {
    await patch(site.id, admin, { slug: 'teletravail-fleurance' }).expect(200);
    await t.http.get('/api/v1/sites/teletravail-fleurance').expect(200);
    const taken = await patch(site.id, admin, { slug: 'autre-lieu' }).expect(409);
    expect(taken.body.type).toMatch(/slug-taken$/);
    const idLike = await patch(site.id, admin, { slug: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(fields(idLike.body)).toEqual(['slug']);
    const malformed = await patch(site.id, admin, { slug: 'Mon Lieu' }).expect(400);
    expect(fields(malformed.body)).toEqual(['slug']);
  });

  it('refuses null for a field that always has a value, and bad opening hours, with a 400', async () => {
    const response = await patch(site.id, admin, {
      name: null,
      address: '',
      openingHours: { mon: [] },
      status: 'closed',
    }).expect(400);
    expect(new Set(fields(response.body))).toEqual(new Set(['name', 'address', 'openingHours', 'status']));
  });

  it('answers 404 for an unknown site, and for a draft the caller cannot see', async () => {
    await patch('00000000-0000-4000-8000-000000000000', admin, { description: 'x' }).expect(404);
    await patch('not-an-id', admin, { description: 'x' }).expect(404);
    const draft = await givenSite(t, admin, { name: 'Brouillon' }, 'draft');
    await patch(draft.id, otherHost, { description: 'x' }).expect(404);
  });

  it('hides an archived site from the public but not from its host', async () => {
    await patch(site.id, admin, { status: 'archived' }).expect(200);
    await t.http.get(`/api/v1/sites/${site.id}`).expect(404);
    await t.http.get(`/api/v1/sites/${site.id}`).set('Authorization', host.bearer).expect(200);
  });
});
