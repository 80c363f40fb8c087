import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenHost, givenSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** GET /users: officers find accounts, or list the officers (to assign a newcomer's file). */
describe('users over HTTP', () => {
  let t: TestApp;
  let admin: TestAccount;
  let otherOfficer: TestAccount;
  let member: TestAccount;
  let host: TestAccount;
  const find = (who: TestAccount, query: string) =>
    t.http.get(`/api/v1/users?${query}`).set('Authorization', who.bearer);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await givenAdmin(t);
    otherOfficer = await givenAdmin(t);
    await t.dataSource.query(`UPDATE users SET first_name = 'Bruno', last_name = 'Zamora' WHERE id = $1`, [
      otherOfficer.id,
    ]);
    member = await givenMember(t, { firstName: 'Zoé', lastName: 'Membre' });
    const site = await givenSite(t, admin, { name: 'Tiers-lieu de Condom' });
    host = await givenHost(t, admin, site.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists only the officers with role=admin, by name', async () => {
    const officers = await find(admin, 'role=admin').expect(200);
    expect(officers.body.total).toBe(2);
    expect(officers.body.items).toEqual([
      expect.objectContaining({ id: admin.id, role: 'admin', lastName: 'Officer' }),
      expect.objectContaining({ id: otherOfficer.id, role: 'admin', firstName: 'Bruno', lastName: 'Zamora' }),
    ]);
  });

  it('combines role with the search and with paging', async () => {
    const found = await find(admin, 'role=admin&q=zamo').expect(200);
    expect(found.body).toMatchObject({ total: 1, items: [{ id: otherOfficer.id }] });
    const notAnOfficer = await find(admin, 'role=admin&q=membre').expect(200);
    expect(notAnOfficer.body).toEqual({ items: [], total: 0 });
    const members = await find(admin, 'role=member&q=membre').expect(200);
    expect(members.body).toMatchObject({ total: 1, items: [{ id: member.id, role: 'member' }] });
    // A host is a member who hosts a site: listed with the members, never with the officers.
    const everyMember = await find(admin, 'role=member&limit=500').expect(200);
    expect(everyMember.body.items.map((item: { id: string }) => item.id)).toEqual(
      expect.arrayContaining([member.id, host.id]),
    );
    const second = await find(admin, 'role=admin&limit=1&offset=1').expect(200);
    expect(second.body).toMatchObject({ total: 2, items: [{ id: otherOfficer.id }] });
  });

  it('refuses an unknown role with 400 naming role', async () => {
    const refused = await find(admin, 'role=host').expect(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['role']);
  });

  it('is for officers only: anonymous 401, members and hosts 403', async () => {
    await t.http.get('/api/v1/users?role=admin').expect(401);
    for (const who of [member, host]) await find(who, 'role=admin').expect(403);
  });
});
