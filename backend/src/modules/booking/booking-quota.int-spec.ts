import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking, postBooking } from '../../testing/booking-fixtures';
import { givenEmployee, givenOrganization } from '../../testing/organizations-fixtures';
import { givenMemberPlan, givenPlan } from '../../testing/plans-fixtures';
import { givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch. The weeks ahead: 23–27 March, 30 March–3 April (after the DST change). */
const NOW = new Date('2026-03-20T10:00:00Z');
const WEEK = ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27'];
const NEXT_WEEK = ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03'];

describe('quotas at booking time', () => {
  let t: TestApp;
  let second: TestApp;
  let admin: TestAccount;
  let auch: TestSite;
  let gimont: TestSite;
  const desks: { id: string }[] = [];
  let gimontDesk: { id: string };
  let room: { id: string };

  beforeAll(async () => {
    const clock = new FixedClock(NOW);
    t = await createTestApp({ clock, env: { BOOKING_HORIZON_DAYS: '240' } });
    second = await createTestApp({ clock, databaseUrl: t.databaseUrl, env: { BOOKING_HORIZON_DAYS: '240' } });
    admin = await givenAdmin(t);
    auch = await givenSite(t, admin, { name: 'Tiers-lieu d’Auch' });
    gimont = await givenSite(t, admin, { name: 'Tiers-lieu de Gimont' });
    for (const name of ['A', 'B', 'C']) desks.push(await givenResource(t, admin, auch.id, { name }));
    gimontDesk = await givenResource(t, admin, gimont.id, { name: 'G' });
    room = await givenResource(t, admin, auch.id, { name: 'Salle', kind: 'meeting_room' });
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  /** Each member books their own new desk, so that tests never compete for one. */
  const deskFor = async (who: TestAccount) => {
    const desk = await givenResource(t, admin, auch.id);
    return (date: string, slot = 'full_day', resource: { id: string } = desk) =>
      postBooking(t, who, { resourceId: resource.id, date, slot });
  };
  const coverOf = async (id: string) =>
    (await t.dataSource.query(`SELECT cover_kind, cover_id, organization_id FROM bookings WHERE id = $1`, [id]))[0] as {
      cover_kind: string;
      cover_id: string | null;
      organization_id: string | null;
    };

  it('lets a member with no plan and no contract book as much as they like (pay-as-you-go)', async () => {
    const visitor = await givenMember(t);
    const made = [];
    for (const date of WEEK)
      made.push(await givenBooking(t, visitor, { resourceId: desks[1].id, date, slot: 'full_day' }));
    for (const date of WEEK.slice(0, 2))
      made.push(await givenBooking(t, visitor, { resourceId: desks[2].id, date, slot: 'morning' }));
    expect(made).toHaveLength(7);
    expect(await coverOf(made[0].id)).toEqual({ cover_kind: 'pay_as_you_go', cover_id: null, organization_id: null });
  });

  it('holds a weekly plan to its days per ISO week, half-days counting 0.5, and says what is left', async () => {
    const member = await givenMember(t);
    const book = await deskFor(member);
    const plan = await givenPlan(t, admin, { kind: 'weekly', days: 1.5, name: 'Semaine et demie' });
    const held = await givenMemberPlan(t, admin, member, plan.id, '2026-03-01');
    const monday = await book(WEEK[0]).expect(201);
    expect(await coverOf(monday.body.id)).toMatchObject({ cover_kind: 'plan', cover_id: held.id });
    const refused = await book(WEEK[1]).expect(422);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({
      type: expect.stringMatching(/\/quota-exceeded$/),
      title: 'Quota exceeded',
      status: 422,
      detail:
        '0.5 day left in the week of 2026-03-23 under the plan “Semaine et demie” (1.5 days a week); ' +
        'this booking counts 1 day.',
      remaining: 0.5,
      requested: 1,
      cover: { kind: 'plan', id: held.id, planKind: 'weekly', days: 1.5 },
    });
    await book(WEEK[1], 'afternoon').expect(201);
    const full = await book(WEEK[2], 'morning').expect(422);
    expect(full.body).toMatchObject({ remaining: 0, requested: 0.5 });
    expect(full.body.detail).toMatch(/^No day left in the week of 2026-03-23/);
    // Another week, another allowance; a cancelled booking gives its days back.
    await book(NEXT_WEEK[0]).expect(201);
    await t.http.post(`/api/v1/bookings/${monday.body.id}/cancel`).set('Authorization', member.bearer).expect(200);
    await book(WEEK[3]).expect(201);
  });

  it('holds a monthly plan to its days per calendar month', async () => {
    const member = await givenMember(t);
    const book = await deskFor(member);
    const plan = await givenPlan(t, admin, { kind: 'monthly', days: 2, name: 'Deux par mois' });
    await givenMemberPlan(t, admin, member, plan.id, '2026-03-01');
    // 6 April is Easter Monday: the sites are closed.
    await book('2026-04-07').expect(201);
    await book('2026-04-08', 'morning').expect(201);
    await book('2026-04-09', 'afternoon').expect(201);
    const refused = await book('2026-04-30', 'morning').expect(422);
    expect(refused.body.detail).toBe(
      'No day left in April 2026 under the plan “Deux par mois” (2 days a month); this booking counts 0.5 day.',
    );
    await book('2026-05-04').expect(201);
    await book(WEEK[4]).expect(201);
  });

  it('holds a pack to its days over its validity; after it, the member books pay-as-you-go', async () => {
    const member = await givenMember(t);
    const book = await deskFor(member);
    const plan = await givenPlan(t, admin, { kind: 'pack', days: 2.5, name: 'Carnet' });
    await givenMemberPlan(t, admin, member, plan.id, '2026-03-20', '2026-04-10');
    await book(WEEK[0]).expect(201);
    await book(NEXT_WEEK[0]).expect(201);
    const refused = await book('2026-04-09').expect(422);
    expect(refused.body.detail).toBe(
      '0.5 day left of the pack “Carnet” (2.5 days, valid until 2026-04-10); this booking counts 1 day.',
    );
    await book('2026-04-09', 'morning').expect(201);
    const after = await book('2026-04-13').expect(201);
    expect((await coverOf(after.body.id)).cover_kind).toBe('pay_as_you_go');
  });

  it('counts a room booked by the hour 0.5 up to 4 hours and 1 beyond', async () => {
    const member = await givenMember(t);
    const plan = await givenPlan(t, admin, { kind: 'weekly', days: 1.5 });
    await givenMemberPlan(t, admin, member, plan.id, '2026-03-01');
    const hours = (date: string, from: string, to: string) =>
      postBooking(t, member, { resourceId: room.id, start: `${date}T${from}:00+01:00`, end: `${date}T${to}:00+01:00` });
    await hours(WEEK[0], '08:30', '12:30').expect(201); // 4 h: 0.5
    await hours(WEEK[1], '13:30', '18:00').expect(201); // 4.5 h: 1
    const refused = await hours(WEEK[2], '09:00', '10:00').expect(422);
    expect(refused.body).toMatchObject({ remaining: 0, requested: 0.5 });
  });

  it('holds an employer’s contract to its days per week at its sites only, and snapshots the employer', async () => {
    const member = await givenMember(t);
    const book = await deskFor(member);
    const airbus = await givenOrganization(t, admin, {
      name: 'Airbus',
      contract: { daysPerWeek: 2, siteIds: [auch.id] },
    });
    await givenEmployee(t, admin, airbus.id, member);
    const plan = await givenPlan(t, admin, { kind: 'weekly', days: 1 });
    const held = await givenMemberPlan(t, admin, member, plan.id, '2026-03-01');

    const first = await book(WEEK[0], 'morning').expect(201);
    expect(await coverOf(first.body.id)).toEqual({
      cover_kind: 'contract',
      cover_id: airbus.id,
      organization_id: airbus.id,
    });
    await book(WEEK[1]).expect(201);
    const refused = await book(WEEK[2]).expect(422);
    expect(refused.body).toMatchObject({
      detail:
        '0.5 day left in the week of 2026-03-23 under the Airbus telework contract (2 days per week); ' +
        'this booking counts 1 day.',
      remaining: 0.5,
      cover: { kind: 'contract', id: airbus.id, name: 'Airbus' },
    });
    // Gimont is not under the contract: the member's own plan covers it.
    const elsewhere = await book(WEEK[2], 'full_day', gimontDesk).expect(201);
    expect(await coverOf(elsewhere.body.id)).toEqual({
      cover_kind: 'plan',
      cover_id: held.id,
      organization_id: airbus.id,
    });
    await book(WEEK[3], 'full_day', gimontDesk).expect(422);

    const quota = await t.http
      .get('/api/v1/me/quota')
      .query({ date: WEEK[4] })
      .set('Authorization', member.bearer)
      .expect(200);
    expect(quota.body.contract).toMatchObject({ used: 1.5, remaining: 0.5 });
    expect(quota.body.plan).toMatchObject({ used: 1, remaining: 0 });
  });

  it('keeps on each booking the employer of the day it was made, after the member changes employer', async () => {
    const member = await givenMember(t);
    const book = await deskFor(member);
    const before = await givenOrganization(t, admin, { name: 'Avant' });
    const after = await givenOrganization(t, admin, { name: 'Après', contract: { daysPerWeek: 3 } });
    await givenEmployee(t, admin, before.id, member);
    const old = await book(WEEK[0]).expect(201);
    await givenEmployee(t, admin, after.id, member);
    const fresh = await book(WEEK[1]).expect(201);
    expect((await coverOf(old.body.id)).organization_id).toBe(before.id);
    expect(await coverOf(fresh.body.id)).toEqual({
      cover_kind: 'contract',
      cover_id: after.id,
      organization_id: after.id,
    });
  });

  it('never overruns a quota under a burst across two API processes: 12 at once, 3 days left, exactly 3 booked', async () => {
    const member = await givenMember(t);
    const plan = await givenPlan(t, admin, { kind: 'pack', days: 3 });
    await givenMemberPlan(t, admin, member, plan.id, '2026-03-20');
    const burstDesks = [];
    for (const name of ['X', 'Y', 'Z']) burstDesks.push(await givenResource(t, admin, auch.id, { name }));
    const requests = burstDesks.flatMap((desk) =>
      NEXT_WEEK.slice(0, 4).map((date) => ({ resourceId: desk.id, date, slot: 'full_day' })),
    );
    expect(requests).toHaveLength(12);
    const responses = await Promise.all(requests.map((body, i) => postBooking(i % 2 ? second : t, member, body)));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 201, 201, ...Array(9).fill(422)]);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM bookings WHERE user_id = $1 AND status = 'confirmed'`,
      [member.id],
    );
    expect(n).toBe(3);
  });

  it('answers the first booking to the same request sent twice at once, even with the last day left', async () => {
    const member = await givenMember(t);
    const plan = await givenPlan(t, admin, { kind: 'pack', days: 1 });
    await givenMemberPlan(t, admin, member, plan.id, '2026-03-20');
    const desk = await givenResource(t, admin, auch.id);
    const body = { resourceId: desk.id, date: NEXT_WEEK[4], slot: 'full_day' };
    const [one, two] = await Promise.all([
      postBooking(t, member, body, 'same-key'),
      postBooking(second, member, body, 'same-key'),
    ]);
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(one.body.id).toBe(two.body.id);
  });
});
