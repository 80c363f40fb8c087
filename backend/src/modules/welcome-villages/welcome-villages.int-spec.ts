import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenHost, givenSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';
import { welcomeVillageRequest } from '../../testing/welcome-villages-fixtures';

const NO_ONE = '00000000-0000-4000-8000-000000000000';
/** Sunday 29 November 2026, 15:00 in Paris. */
const NOW = new Date('2026-11-29T14:00:00Z');
const MIRANDE = '32256';
const LECTOURE = '32208';
const MARCIAC = '32233';

/**
 * A village with every field filled in, the relay's address as an officer might type it (stored trimmed, lower
 * case); for Mirande unless `overrides` say otherwise.
 */
function village(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return welcomeVillageRequest({
    relayEmail: 'Accueil@Mairie-Mirande.FR ',
    relayPhone: '05 62 66 00 00',
    offers: ['school', 'shops', 'fibre'],
    descriptionEn: 'A 13th-century bastide: primary and secondary schools, Monday market.',
    latitude: 43.5147,
    longitude: 0.4044,
    ...overrides,
  });
}

describe('welcome villages over HTTP', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let member: TestAccount;
  let host: TestAccount;

  const as = (who: TestAccount) => ({
    get: (path: string) => t.http.get(path).set('Authorization', who.bearer),
    patch: (path: string) => t.http.patch(path).set('Authorization', who.bearer),
    post: (path: string) => t.http.post(path).set('Authorization', who.bearer),
    delete: (path: string) => t.http.delete(path).set('Authorization', who.bearer),
  });
  const names = (body: { items: { communeName: string }[] }) => body.items.map((v) => v.communeName);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    const site = await givenSite(t, admin, { name: 'Tiers-lieu de Mirande' });
    host = await givenHost(t, admin, site.id);
  });
  afterAll(async () => {
    await t.close();
  });

  let mirandeId: string;
  let lectoureId: string;

  it('lets an officer add a village, unpublished by default, with its commune, EPCI and relay', async () => {
    const created = await as(admin).post('/api/v1/welcome-villages').send(village()).expect(201);
    expect(created.body).toMatchObject({
      communeCode: MIRANDE,
      communeName: 'Mirande',
      postalCodes: ['32300'],
      relayName: 'Martine Lacoste',
      relayRole: 'town_hall',
      relayEmail: 'accueil@mairie-mirande.fr',
      relayPhone: '05 62 66 00 00',
      offers: ['school', 'shops', 'fibre'],
      latitude: 43.5147,
      longitude: 0.4044,
      published: false,
      createdAt: '2026-11-29T15:00:00+01:00',
    });
    expect(created.body.epciCode).toMatch(/^\d{9}$/);
    expect(created.body.epciName).toBeTruthy();
    mirandeId = created.body.id;
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1`, [mirandeId]);
    expect(audit).toEqual([{ action: 'welcome-village.create' }]);

    const lectoure = await as(admin)
      .post('/api/v1/welcome-villages')
      .send(
        welcomeVillageRequest({
          communeCode: LECTOURE,
          relayName: 'Association Lectoure Accueil',
          relayRole: 'association',
          relayEmail: 'bonjour@lectoure-accueil.fr',
          offers: ['housing'],
          published: true,
        }),
      )
      .expect(201);
    expect(lectoure.body).toMatchObject({ published: true, relayPhone: null, descriptionEn: null, latitude: null });
    lectoureId = lectoure.body.id;
  });

  it('shows anyone only the published villages, with the relay’s contact', async () => {
    const listed = await t.http.get('/api/v1/welcome-villages').expect(200);
    expect(names(listed.body)).toEqual(['Lectoure']);
    expect(listed.body.total).toBe(1);
    expect(listed.body.items[0]).toMatchObject({ relayEmail: 'bonjour@lectoure-accueil.fr', offers: ['housing'] });
    await t.http.get(`/api/v1/welcome-villages/${lectoureId}`).expect(200);
    await t.http.get(`/api/v1/welcome-villages/${mirandeId}`).expect(404);
    await as(member).get(`/api/v1/welcome-villages/${mirandeId}`).expect(404);
    await as(admin).get(`/api/v1/welcome-villages/${mirandeId}`).expect(200);
  });

  it('lists the unpublished ones to officers only', async () => {
    const all = await as(admin).get('/api/v1/welcome-villages').query({ published: 'all' }).expect(200);
    expect(names(all.body)).toEqual(['Lectoure', 'Mirande']);
    const hidden = await as(admin).get('/api/v1/welcome-villages').query({ published: 'false' }).expect(200);
    expect(names(hidden.body)).toEqual(['Mirande']);
    const refused = await t.http.get('/api/v1/welcome-villages').query({ published: 'all' }).expect(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    await as(member).get('/api/v1/welcome-villages').query({ published: 'false' }).expect(403);
    await as(host).get('/api/v1/welcome-villages').query({ published: 'all' }).expect(403);
  });

  it('publishes and withdraws a village with PATCH, keeping the fields it leaves out', async () => {
    const published = await as(admin)
      .patch(`/api/v1/welcome-villages/${mirandeId}`)
      .send({ published: true, offers: ['school', 'shops', 'housing', 'fibre'] })
      .expect(200);
    expect(published.body).toMatchObject({
      published: true,
      offers: ['school', 'shops', 'housing', 'fibre'],
      relayName: 'Martine Lacoste',
      latitude: 43.5147,
    });
    expect(names((await t.http.get('/api/v1/welcome-villages').expect(200)).body)).toEqual(['Lectoure', 'Mirande']);

    const cleared = await as(admin)
      .patch(`/api/v1/welcome-villages/${mirandeId}`)
      .send({ relayPhone: null, descriptionEn: null, latitude: null, longitude: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ relayPhone: null, descriptionEn: null, latitude: null, longitude: null });

    await as(admin).patch(`/api/v1/welcome-villages/${lectoureId}`).send({ published: false }).expect(200);
    expect(names((await t.http.get('/api/v1/welcome-villages').expect(200)).body)).toEqual(['Mirande']);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY action`, [
      lectoureId,
    ]);
    // The fixed clock gives both rows the same instant: ordered by name here.
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'welcome-village.create',
      'welcome-village.update',
    ]);
  });

  it('filters by what the villages offer (all of those asked) and by EPCI', async () => {
    await as(admin)
      .post('/api/v1/welcome-villages')
      .send(village({ communeCode: MARCIAC, offers: ['school', 'fibre'], published: true }))
      .expect(201);
    const withSchool = await t.http.get('/api/v1/welcome-villages').query({ offer: 'school' }).expect(200);
    expect(names(withSchool.body)).toEqual(['Marciac', 'Mirande']);
    const withHousing = await t.http.get('/api/v1/welcome-villages').query('offer=school&offer=housing').expect(200);
    expect(names(withHousing.body)).toEqual(['Mirande']);
    const marciac = withSchool.body.items[0];
    const sameEpci = await t.http.get('/api/v1/welcome-villages').query({ epciCode: marciac.epciCode }).expect(200);
    expect(names(sameEpci.body)).toEqual(['Marciac']);
    await t.http.get('/api/v1/welcome-villages').query({ offer: 'pool' }).expect(400);
    await t.http.get('/api/v1/welcome-villages').query({ epciCode: '12' }).expect(400);
    await t.http.get('/api/v1/welcome-villages').query({ published: 'yes' }).expect(400);
  });

  it('refuses writes to anyone but an officer: 401 without a token, 403 for members and hosts', async () => {
    const body = village({ communeCode: '32013' });
    await t.http.post('/api/v1/welcome-villages').send(body).expect(401);
    await as(member).post('/api/v1/welcome-villages').send(body).expect(403);
    await as(host).post('/api/v1/welcome-villages').send(body).expect(403);
    await t.http.patch(`/api/v1/welcome-villages/${mirandeId}`).send({ published: false }).expect(401);
    await as(member).patch(`/api/v1/welcome-villages/${mirandeId}`).send({ published: false }).expect(403);
    await as(host).patch(`/api/v1/welcome-villages/${mirandeId}`).send({ published: false }).expect(403);
    await t.http.delete(`/api/v1/welcome-villages/${mirandeId}`).expect(401);
    await as(member).delete(`/api/v1/welcome-villages/${mirandeId}`).expect(403);
    await as(host).delete(`/api/v1/welcome-villages/${mirandeId}`).expect(403);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM welcome_villages`);
    expect(n).toBe(3);
  });

  it('answers bad input with problem documents naming the field, and a second entry for a commune with 409', async () => {
    const unknown = await as(admin)
      .post('/api/v1/welcome-villages')
      .send(village({ communeCode: '32999' }))
      .expect(400);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.body.errors).toEqual([{ field: 'communeCode', message: 'communeCode names no French commune' }]);

    const duplicate = await as(admin).post('/api/v1/welcome-villages').send(village()).expect(409);
    expect(duplicate.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(duplicate.body).toMatchObject({ communeCode: MIRANDE });

    const cases: [Record<string, unknown>, string][] = [
      [{ offers: ['school', 'pool'] }, 'offers'],
      [{ offers: ['school', 'school'] }, 'offers'],
      [{ offers: 'school' }, 'offers'],
      [{ relayRole: 'mayor' }, 'relayRole'],
      [{ relayEmail: 'not an address' }, 'relayEmail'],
      [{ relayPhone: 'call me' }, 'relayPhone'],
      [{ relayName: '   ' }, 'relayName'],
      [{ relayName: null }, 'relayName'],
      [{ descriptionFr: '' }, 'descriptionFr'],
      [{ descriptionFr: 'a\u0000b' }, 'descriptionFr'],
      [{ descriptionFr: 'x'.repeat(2001) }, 'descriptionFr'],
      [{ latitude: 91 }, 'latitude'],
      [{ latitude: 43.5, longitude: null }, 'longitude'],
      [{ communeCode: 'Mirande' }, 'communeCode'],
      [{ published: 'yes' }, 'published'],
    ];
    for (const [overrides, field] of cases) {
      const refused = await as(admin)
        .post('/api/v1/welcome-villages')
        .send(village({ communeCode: '32013', ...overrides }))
        .expect(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }

    const halfPosition = await as(admin)
      .patch(`/api/v1/welcome-villages/${mirandeId}`)
      .send({ latitude: 43.5 })
      .expect(400);
    expect(halfPosition.body.errors).toEqual([
      { field: 'longitude', message: 'latitude and longitude go together: give both, or clear both' },
    ]);
    await as(admin)
      .patch(`/api/v1/welcome-villages/${mirandeId}`)
      .send({ offers: ['fibre', 'wifi'] })
      .expect(400);
    await as(admin).patch(`/api/v1/welcome-villages/${mirandeId}`).send({ descriptionFr: null }).expect(400);
    await as(admin).patch(`/api/v1/welcome-villages/${NO_ONE}`).send({ published: true }).expect(404);
    await as(admin).patch('/api/v1/welcome-villages/not-an-id').send({ published: true }).expect(404);
    await t.http.get('/api/v1/welcome-villages/not-an-id').expect(404);
  });

  it('deletes a village for officers; a file that chose the commune keeps it', async () => {
    const file = await t.http
      .post('/api/v1/newcomers')
      .send({
        firstName: 'Claire',
        lastName: 'Dupuy',
        email: 'claire@example.fr',
        currentCity: 'Bordeaux',
        profession: 'Graphiste',
        projectKind: 'freelance',
        wishes: 'Un village avec une école',
        consent: true,
      })
      .expect(201);
    await as(admin).patch(`/api/v1/newcomers/${file.body.id}`).send({ welcomeCommuneCode: MIRANDE }).expect(200);

    await as(admin).delete(`/api/v1/welcome-villages/${mirandeId}`).expect(204);
    await as(admin).delete(`/api/v1/welcome-villages/${mirandeId}`).expect(404);
    await as(admin).delete('/api/v1/welcome-villages/not-an-id').expect(404);
    const all = await as(admin).get('/api/v1/welcome-villages').query({ published: 'all' }).expect(200);
    expect(names(all.body)).toEqual(['Lectoure', 'Marciac']);
    const kept = await as(admin).get(`/api/v1/newcomers/${file.body.id}`).expect(200);
    expect(kept.body.welcomeCommune).toEqual({ code: MIRANDE, name: 'Mirande' });
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY at, id`, [
      mirandeId,
    ]);
    expect(audit.map((row: { action: string }) => row.action)).toContain('welcome-village.delete');
  });

  it('keeps its invariants in the database too', async () => {
    const insert = (columns: string, values: string) =>
      t.dataSource.query(
        `INSERT INTO welcome_villages (commune_code, relay_name, relay_role, relay_email, description_fr${columns})
         VALUES ('32013', 'Relais', 'town_hall', 'a@b.fr', 'Texte'${values})`,
      );
    await expect(insert(', offers', `, ARRAY['pool']`)).rejects.toThrow(/welcome_villages_offers_check/);
    await expect(insert(', latitude', ', 43.6')).rejects.toThrow(/welcome_villages_position_check/);
    await expect(
      t.dataSource.query(
        `INSERT INTO welcome_villages (commune_code, relay_name, relay_role, relay_email, description_fr)
         VALUES ('32013', 'Relais', 'mayor', 'a@b.fr', 'Texte')`,
      ),
    ).rejects.toThrow(/welcome_villages_relay_role_check/);
    await expect(
      t.dataSource.query(
        `INSERT INTO welcome_villages (commune_code, relay_name, relay_role, relay_email, description_fr)
         VALUES ('${LECTOURE}', 'Relais', 'town_hall', 'a@b.fr', 'Texte')`,
      ),
    ).rejects.toThrow(/welcome_villages_commune_code_key/);
  });
});
