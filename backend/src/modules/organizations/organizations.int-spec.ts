import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenEmployee, givenOrganization } from '../../testing/organizations-fixtures';
import { givenHost, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

const NO_ONE = '00000000-0000-4000-8000-000000000000';
/** SIRENs with a valid Luhn check digit. */
const SIREN = ['383474814', '542051180', '775670417', '552100554'];

describe('organizations over HTTP', () => {
  let t: TestApp;
  let admin: TestAccount;
  let member: TestAccount;
  let host: TestAccount;
  let auch: TestSite;
  let gimont: TestSite;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await givenAdmin(t);
    member = await givenMember(t);
    auch = await givenSite(t, admin, { name: 'Tiers-lieu d’Auch' });
    gimont = await givenSite(t, admin, { name: 'Tiers-lieu de Gimont' });
    host = await givenHost(t, admin, auch.id);
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (who: TestAccount) => ({
    post: (path: string) => t.http.post(path).set('Authorization', who.bearer),
    get: (path: string) => t.http.get(path).set('Authorization', who.bearer),
    patch: (path: string) => t.http.patch(path).set('Authorization', who.bearer),
    put: (path: string) => t.http.put(path).set('Authorization', who.bearer),
    delete: (path: string) => t.http.delete(path).set('Authorization', who.bearer),
  });

  it('registers an employer with its SIREN (spaces ignored) and a telework contract at given sites', async () => {
    const created = await as(admin)
      .post('/api/v1/organizations')
      .send({ name: '  Aéro Toulouse  ', siren: '383 474 814', contract: { daysPerWeek: 2.5, siteIds: [auch.id] } })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Aéro Toulouse',
      siren: SIREN[0],
      contract: { daysPerWeek: 2.5, siteIds: [auch.id] },
      memberCount: 0,
      members: [],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/),
    });
    const read = await as(admin).get(`/api/v1/organizations/${created.body.id}`).expect(200);
    expect(read.body).toEqual(created.body);
    const plain = await givenOrganization(t, admin);
    expect(plain).toMatchObject({ siren: null, contract: null });
  });

  it('refuses a bad SIREN, a contract off the half-day grid, an unknown site and a SIREN already used', async () => {
    const errorsOf = async (body: Record<string, unknown>) => [
      ...new Set(
        (await as(admin).post('/api/v1/organizations').send(body).expect(400)).body.errors.map(
          (e: { field: string }) => e.field,
        ),
      ),
    ];
    expect(await errorsOf({ name: 'X', siren: '383474815' })).toEqual(['siren']);
    expect(await errorsOf({ name: 'X', siren: '12345678' })).toEqual(['siren']);
    expect(await errorsOf({ name: 'X', contract: { daysPerWeek: 1.3 } })).toEqual(['contract.daysPerWeek']);
    expect(await errorsOf({ name: 'X', contract: { daysPerWeek: 0 } })).toEqual(['contract.daysPerWeek']);
    expect(await errorsOf({ name: 'X', contract: { daysPerWeek: 7.5 } })).toEqual(['contract.daysPerWeek']);
    expect(await errorsOf({ name: 'X', contract: { daysPerWeek: 2, siteIds: ['auch'] } })).toEqual([
      'contract.siteIds',
    ]);
    expect(await errorsOf({ name: 'X', contract: { daysPerWeek: 2, sites: [] } })).toEqual(['contract.sites']);
    expect(await errorsOf({ name: '   ' })).toEqual(['name']);
    expect(await errorsOf({ siren: SIREN[3] })).toEqual(['name']);
    expect(await errorsOf({ name: null })).toEqual(['name']);

    const unknownSite = await as(admin)
      .post('/api/v1/organizations')
      .send({ name: 'X', contract: { daysPerWeek: 2, siteIds: [auch.id, NO_ONE] } })
      .expect(404);
    expect(unknownSite.body.detail).toContain(NO_ONE);

    await givenOrganization(t, admin, { siren: SIREN[1] });
    const taken = await as(admin).post('/api/v1/organizations').send({ name: 'Y', siren: SIREN[1] }).expect(409);
    expect(taken.body).toMatchObject({ title: 'SIREN already registered', siren: SIREN[1] });
  });

  it('finds employers by name (accents and case ignored) or SIREN, paginated', async () => {
    const tag = `Coopérative ${Date.now()}`;
    const first = await givenOrganization(t, admin, { name: `${tag} A` });
    const second = await givenOrganization(t, admin, { name: `${tag} B`, siren: SIREN[2] });
    const byName = await as(admin)
      .get('/api/v1/organizations')
      .query({ q: tag.toUpperCase().replace('É', 'E'), limit: 1 })
      .expect(200);
    expect(byName.body).toEqual({ items: [expect.objectContaining({ id: first.id })], total: 2 });
    const next = await as(admin).get('/api/v1/organizations').query({ q: tag, limit: 1, offset: 1 }).expect(200);
    expect(next.body.items.map((o: { id: string }) => o.id)).toEqual([second.id]);
    const bySiren = await as(admin).get('/api/v1/organizations').query({ q: SIREN[2] }).expect(200);
    expect(bySiren.body.items.map((o: { id: string }) => o.id)).toEqual([second.id]);
    const past = await as(admin).get('/api/v1/organizations').query({ q: tag, offset: 10 }).expect(200);
    expect(past.body).toEqual({ items: [], total: 2 });
    await as(admin).get('/api/v1/organizations').query({ limit: 0 }).expect(400);
  });

  it('changes the contract, ends it, forgets the SIREN (PATCH answers the whole organization)', async () => {
    const org = await givenOrganization(t, admin, { contract: { daysPerWeek: 2 } });
    const path = `/api/v1/organizations/${org.id}`;
    const widened = await as(admin)
      .patch(path)
      .send({ contract: { daysPerWeek: 3, siteIds: [gimont.id, auch.id] } })
      .expect(200);
    expect(widened.body.contract).toEqual({ daysPerWeek: 3, siteIds: [auch.id, gimont.id].sort() });
    const renamed = await as(admin).patch(path).send({ name: 'Renommée', siren: SIREN[3] }).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Renommée', siren: SIREN[3], contract: { daysPerWeek: 3 } });
    const ended = await as(admin).patch(path).send({ contract: null, siren: null }).expect(200);
    expect(ended.body).toMatchObject({ name: 'Renommée', siren: null, contract: null, members: [] });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM telework_contract_sites WHERE organization_id = $1`,
      [org.id],
    );
    expect(n).toBe(0);
    await as(admin).patch(path).send({ name: '' }).expect(400);
    await as(admin)
      .patch(path)
      .send({ contract: { daysPerWeek: 2, siteIds: [NO_ONE] } })
      .expect(404);
    await as(admin).patch(`/api/v1/organizations/${NO_ONE}`).send({ name: 'Z' }).expect(404);
    await as(admin).patch('/api/v1/organizations/nope').send({ name: 'Z' }).expect(404);
  });

  it('attaches a member (204, twice is once), moves them to a new employer, shows it on /me and at sign-in', async () => {
    const camille = await givenMember(t, { firstName: 'Camille', lastName: 'Aubert' });
    const first = await givenOrganization(t, admin);
    const second = await givenOrganization(t, admin);
    await as(admin).put(`/api/v1/organizations/${first.id}/members/${camille.id}`).expect(204);
    await as(admin).put(`/api/v1/organizations/${first.id}/members/${camille.id}`).expect(204);
    expect((await as(camille).get('/api/v1/me').expect(200)).body.organizationId).toBe(first.id);
    const detail = await as(admin).get(`/api/v1/organizations/${first.id}`).expect(200);
    expect(detail.body).toMatchObject({
      memberCount: 1,
      members: [{ userId: camille.id, firstName: 'Camille', lastName: 'Aubert', email: camille.email }],
    });

    await as(admin).put(`/api/v1/organizations/${second.id}/members/${camille.id}`).expect(204);
    expect((await as(camille).get('/api/v1/me').expect(200)).body.organizationId).toBe(second.id);
    expect((await as(admin).get(`/api/v1/organizations/${first.id}`).expect(200)).body.memberCount).toBe(0);
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ email: camille.email, password: camille.password })
      .expect(200);
    expect(login.body.user.organizationId).toBe(second.id);

    const log = await as(admin).get('/api/v1/audit-log').query({ subjectId: camille.id }).expect(200);
    expect(log.body.items.map((e: { action: string; details: unknown }) => [e.action, e.details])).toEqual([
      ['organization.member.attach', { organizationId: second.id, previousOrganizationId: first.id }],
      ['organization.member.attach', { organizationId: first.id, previousOrganizationId: null }],
    ]);
  });

  it('detaches a member (204), audited; detaching again, or from another employer, is a 404', async () => {
    const dominique = await givenMember(t);
    const org = await givenOrganization(t, admin);
    const other = await givenOrganization(t, admin);
    await givenEmployee(t, admin, org.id, dominique);
    await as(admin).delete(`/api/v1/organizations/${other.id}/members/${dominique.id}`).expect(404);
    await as(admin).delete(`/api/v1/organizations/${org.id}/members/${dominique.id}`).expect(204);
    await as(admin).delete(`/api/v1/organizations/${org.id}/members/${dominique.id}`).expect(404);
    expect((await as(dominique).get('/api/v1/me').expect(200)).body.organizationId).toBeNull();
    const log = await as(admin).get('/api/v1/audit-log').query({ subjectId: dominique.id }).expect(200);
    expect(log.body.items[0]).toMatchObject({
      action: 'organization.member.detach',
      actorId: admin.id,
      details: { organizationId: org.id },
    });
  });

  it('answers 404 for an unknown or malformed organization or user', async () => {
    const org = await givenOrganization(t, admin);
    for (const path of [
      `/api/v1/organizations/${NO_ONE}/members/${member.id}`,
      `/api/v1/organizations/${org.id}/members/${NO_ONE}`,
      `/api/v1/organizations/nope/members/${member.id}`,
      `/api/v1/organizations/${org.id}/members/nope`,
    ]) {
      await as(admin).put(path).expect(404);
      await as(admin).delete(path).expect(404);
    }
    await as(admin).get(`/api/v1/organizations/${NO_ONE}`).expect(404);
    await as(admin).get('/api/v1/organizations/nope').expect(404);
  });

  it('puts the employer in the member’s GDPR export; erasing the account forgets the link', async () => {
    const person = await givenMember(t);
    const org = await givenOrganization(t, admin, { name: 'Export SA', siren: '356000000' });
    await givenEmployee(t, admin, org.id, person);
    const exported = await as(person).get('/api/v1/me/export').expect(200);
    expect(exported.body.employer).toEqual({
      organizationId: org.id,
      name: 'Export SA',
      siren: '356000000',
      since: expect.any(String),
    });
    const lonely = await givenMember(t);
    expect((await as(lonely).get('/api/v1/me/export').expect(200)).body.employer).toBeNull();
    await as(person).delete('/api/v1/me').expect(204);
    expect((await as(admin).get(`/api/v1/organizations/${org.id}`).expect(200)).body.memberCount).toBe(0);
  });

  it('is for network officers only: 403 for members and hosts, 401 anonymous', async () => {
    const org = await givenOrganization(t, admin);
    const calls = [
      ['post', '/api/v1/organizations'],
      ['get', '/api/v1/organizations'],
      ['get', `/api/v1/organizations/${org.id}`],
      ['patch', `/api/v1/organizations/${org.id}`],
      ['put', `/api/v1/organizations/${org.id}/members/${member.id}`],
      ['delete', `/api/v1/organizations/${org.id}/members/${member.id}`],
    ] as const;
    for (const [method, path] of calls) {
      for (const caller of [member, host]) await as(caller)[method](path).send({ name: 'Mine' }).expect(403);
      await t.http[method](path).send({ name: 'Mine' }).expect(401);
    }
  });
});
