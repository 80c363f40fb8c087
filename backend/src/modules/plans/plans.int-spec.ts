import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenEmployee, givenOrganization } from '../../testing/organizations-fixtures';
import { givenMemberPlan, givenPlan } from '../../testing/plans-fixtures';
import { givenHost, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

const NO_ONE = '00000000-0000-4000-8000-000000000000';
/** Friday 20 March 2026, 11:00 in Paris. */
const NOW = new Date('2026-03-20T10:00:00Z');

describe('plans over HTTP', () => {
  let t: TestApp;
  let admin: TestAccount;
  let member: TestAccount;
  let host: TestAccount;
  let site: TestSite;

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(NOW) });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin);
    host = await givenHost(t, admin, site.id);
  });
  afterAll(async () => {
    await t.close();
  });

  const fieldsOf = (body: { errors?: { field: string }[] }) => [...new Set(body.errors?.map((e) => e.field))];

  it('adds plans of every kind to the catalogue (201), unlimited ones without days', async () => {
    for (const [kind, days] of [
      ['pack', 10],
      ['weekly', 2.5],
      ['monthly', 8],
    ] as const) {
      const created = await t.http
        .post('/api/v1/plans')
        .set('Authorization', admin.bearer)
        .send({ name: ` Forfait ${kind} `, kind, days })
        .expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        name: `Forfait ${kind}`,
        kind,
        days,
        createdAt: '2026-03-20T11:00:00+01:00',
      });
    }
    const unlimited = await givenPlan(t, admin, { kind: 'unlimited', name: 'Résident' });
    expect(unlimited).toMatchObject({ kind: 'unlimited', days: null });
  });

  it('refuses days missing, off the half-day grid, beyond the period, or given to an unlimited plan', async () => {
    for (const [body, field] of [
      [{ name: 'P', kind: 'pack' }, 'days'],
      [{ name: 'P', kind: 'pack', days: 0 }, 'days'],
      [{ name: 'P', kind: 'pack', days: 2.3 }, 'days'],
      [{ name: 'P', kind: 'weekly', days: 7.5 }, 'days'],
      [{ name: 'P', kind: 'monthly', days: 32 }, 'days'],
      [{ name: 'P', kind: 'unlimited', days: 5 }, 'days'],
      [{ name: 'P', kind: 'pack', days: '5' }, 'days'],
      [{ name: 'P', kind: 'yearly', days: 5 }, 'kind'],
      [{ name: '', kind: 'pack', days: 5 }, 'name'],
      [{ name: 'P', kind: 'pack', days: 5, price: 90 }, 'price'],
    ] as const) {
      const refused = await t.http.post('/api/v1/plans').set('Authorization', admin.bearer).send(body).expect(400);
      expect(fieldsOf(refused.body)).toEqual([field]);
    }
  });

  it('lists the catalogue to officers and hosts, by name, paginated', async () => {
    const listed = await t.http.get('/api/v1/plans').query({ limit: 2 }).set('Authorization', host.bearer).expect(200);
    expect(listed.body.items).toHaveLength(2);
    expect(listed.body.total).toBeGreaterThanOrEqual(4);
    const all = await t.http.get('/api/v1/plans').set('Authorization', admin.bearer).expect(200);
    const names = all.body.items.map((p: { name: string }) => p.name.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('grants a plan (200); a new one ends the running plan the day before and withdraws later ones', async () => {
    const person = await givenMember(t);
    const pack = await givenPlan(t, admin, { kind: 'pack', days: 10 });
    const weekly = await givenPlan(t, admin, { kind: 'weekly', days: 2 });
    const first = await t.http
      .put(`/api/v1/users/${person.id}/plan`)
      .set('Authorization', admin.bearer)
      .send({ planId: pack.id, from: '2026-03-01' })
      .expect(200);
    expect(first.body).toEqual({
      id: expect.any(String),
      userId: person.id,
      plan: { id: pack.id, name: pack.name, kind: 'pack', days: 10, createdAt: expect.any(String) },
      from: '2026-03-01',
      until: null,
      grantedBy: admin.id,
      grantedAt: '2026-03-20T11:00:00+01:00',
    });
    const later = await givenMemberPlan(t, admin, person, weekly.id, '2026-06-01', '2026-06-30');
    const now = await givenMemberPlan(t, host, person, weekly.id, '2026-04-01');
    const held = await t.http.get(`/api/v1/users/${person.id}/plans`).set('Authorization', admin.bearer).expect(200);
    expect(
      held.body.items.map((p: { id: string; from: string; until: string | null }) => [p.id, p.from, p.until]),
    ).toEqual([
      [now.id, '2026-04-01', null],
      [first.body.id, '2026-03-01', '2026-03-31'],
    ]);
    expect(held.body.total).toBe(2);

    const log = await t.http
      .get('/api/v1/audit-log')
      .query({ subjectId: person.id })
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(log.body.items[0]).toMatchObject({
      action: 'member.plan.grant',
      actorId: host.id,
      actorRole: 'host',
      details: { memberPlanId: now.id, planId: weekly.id, ended: [first.body.id], withdrawn: [later.id] },
    });
  });

  it('answers 400 for bad dates, 404 for an unknown plan or member, 403 for a host granting themselves', async () => {
    const pack = await givenPlan(t, admin, { kind: 'pack', days: 5 });
    const grant = (who: TestAccount, userId: string, body: Record<string, unknown>) =>
      t.http.put(`/api/v1/users/${userId}/plan`).set('Authorization', who.bearer).send(body);
    expect(fieldsOf((await grant(admin, member.id, { planId: pack.id, from: '2026-02-30' }).expect(400)).body)).toEqual(
      ['from'],
    );
    expect(
      fieldsOf(
        (await grant(admin, member.id, { planId: pack.id, from: '2026-04-02', until: '2026-04-01' }).expect(400)).body,
      ),
    ).toEqual(['until']);
    expect(fieldsOf((await grant(admin, member.id, { planId: 'x', from: '2026-04-01' }).expect(400)).body)).toEqual([
      'planId',
    ]);
    expect(fieldsOf((await grant(admin, member.id, { from: '2026-04-01' }).expect(400)).body)).toEqual(['planId']);
    await grant(admin, member.id, { planId: NO_ONE, from: '2026-04-01' }).expect(404);
    await grant(admin, NO_ONE, { planId: pack.id, from: '2026-04-01' }).expect(404);
    await grant(admin, 'nope', { planId: pack.id, from: '2026-04-01' }).expect(404);
    const self = await grant(host, host.id, { planId: pack.id, from: '2026-04-01' }).expect(403);
    expect(self.body.title).toBe('A plan for oneself');
    await t.http.get(`/api/v1/users/${NO_ONE}/plans`).set('Authorization', admin.bearer).expect(404);
    await t.http.get('/api/v1/users/nope/plans').set('Authorization', admin.bearer).expect(404);
  });

  it('tells a member what covers their bookings and what is left, and puts their plans in their export', async () => {
    const person = await givenMember(t);
    const plain = await t.http.get('/api/v1/me/quota').set('Authorization', person.bearer).expect(200);
    expect(plain.body).toEqual({ date: '2026-03-20', employer: null, contract: null, plan: null, payAsYouGo: true });

    const org = await givenOrganization(t, admin, {
      name: 'Aéro Sud',
      contract: { daysPerWeek: 2, siteIds: [site.id] },
    });
    await givenEmployee(t, admin, org.id, person);
    const monthly = await givenPlan(t, admin, { kind: 'monthly', days: 6, name: 'Mensuel 6' });
    const held = await givenMemberPlan(t, admin, person, monthly.id, '2026-03-10', '2026-05-31');
    const quota = await t.http
      .get('/api/v1/me/quota')
      .query({ date: '2026-04-08' })
      .set('Authorization', person.bearer)
      .expect(200);
    expect(quota.body).toEqual({
      date: '2026-04-08',
      employer: { id: org.id, name: 'Aéro Sud' },
      contract: {
        id: org.id,
        name: 'Aéro Sud',
        planKind: null,
        siteIds: [site.id],
        days: 2,
        period: { unit: 'week', from: '2026-04-06', until: '2026-04-12' },
        used: 0,
        remaining: 2,
      },
      plan: {
        id: held.id,
        name: 'Mensuel 6',
        planKind: 'monthly',
        siteIds: [],
        days: 6,
        period: { unit: 'month', from: '2026-04-01', until: '2026-04-30' },
        used: 0,
        remaining: 6,
        validUntil: '2026-05-31',
      },
      payAsYouGo: false,
    });
    await t.http.get('/api/v1/me/quota').query({ date: 'tomorrow' }).set('Authorization', person.bearer).expect(400);

    const exported = await t.http.get('/api/v1/me/export').set('Authorization', person.bearer).expect(200);
    expect(exported.body.plans).toEqual([expect.objectContaining({ id: held.id, from: '2026-03-10' })]);
  });

  it('lets only officers create plans, officers and hosts list and grant them; members see their quota', async () => {
    const pack = await givenPlan(t, admin, { kind: 'pack', days: 5 });
    const plan = { name: 'Mine', kind: 'pack', days: 5 };
    const grant = { planId: pack.id, from: '2026-04-01' };
    for (const [method, path, body, allowed] of [
      ['post', '/api/v1/plans', plan, ['admin']],
      ['get', '/api/v1/plans', undefined, ['admin', 'host']],
      ['put', `/api/v1/users/${member.id}/plan`, grant, ['admin', 'host']],
      ['get', `/api/v1/users/${member.id}/plans`, undefined, ['admin', 'host']],
      ['get', '/api/v1/me/quota', undefined, ['admin', 'host', 'member']],
    ] as const) {
      for (const [role, caller] of [
        ['admin', admin],
        ['host', host],
        ['member', member],
      ] as const) {
        const response = await t.http[method](path).set('Authorization', caller.bearer).send(body);
        expect([path, role, response.status]).toEqual([
          path,
          role,
          (allowed as readonly string[]).includes(role) ? (method === 'post' ? 201 : 200) : 403,
        ]);
      }
      await t.http[method](path).expect(401);
    }
  });
});
