import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TEST_PASSWORD, TestAccount } from '../../testing/accounts';
import { givenNewcomer, trialDayLinkMailedTo } from '../../testing/newcomers-fixtures';
import { givenHost, givenResource, givenSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { DailySheetHandler } from '../host-sheets/daily-sheet.handler';

/** Monday 30 November 2026, 10:00 in Paris. */
const NOW = new Date('2026-11-30T09:00:00Z');
/** The trial day: Thursday 3 December 2026, a working day at the test sites. */
const DAY = '2026-12-03';
const NO_ONE = '00000000-0000-4000-8000-000000000000';
const PUBLIC_URL = 'https://bastide.example.fr';

describe('newcomers: suggested tiers-lieux, trial days and accounts, over HTTP', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let member: TestAccount;
  let host: TestAccount;
  let auch: { id: string };
  let condom: { id: string };
  let desk1: { id: string; name?: unknown };
  let desk2: { id: string };

  const as = (who: TestAccount) => ({
    get: (path: string) => t.http.get(path).set('Authorization', who.bearer),
    post: (path: string) => t.http.post(path).set('Authorization', who.bearer),
    patch: (path: string) => t.http.patch(path).set('Authorization', who.bearer),
  });
  const offer = (who: TestAccount, id: string, body: Record<string, unknown>) =>
    as(who).post(`/api/v1/newcomers/${id}/trial-days`).send(body);

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({
      clock,
      env: { SMTP_URL: await smtp.start(), PUBLIC_URL, RATE_LIMIT_PER_MINUTE: '0' },
    });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    auch = await givenSite(t, admin, { name: 'Tiers-lieu d’Auch' });
    // Condom, about 38 km north of Auch.
    condom = await givenSite(t, admin, {
      name: 'La Filature de Condom',
      communeCode: '32107',
      address: '1 place Saint-Pierre, 32100 Condom',
      latitude: 43.958,
      longitude: 0.372,
    });
    await givenSite(t, admin, { name: 'Brouillon', communeCode: '32107' }, 'draft');
    host = await givenHost(t, admin, auch.id);
    desk1 = await givenResource(t, admin, auch.id, { name: 'Bureau 1' });
    desk2 = await givenResource(t, admin, auch.id, { name: 'Bureau 2' });
    await givenResource(t, admin, condom.id, { name: 'Poste A' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('suggests the published tiers-lieux nearest the wished commune, to officers only', async () => {
    const file = await givenNewcomer(t, { wishedCommuneCode: '32013' });
    const answer = await as(admin).get(`/api/v1/newcomers/${file.id}/suggested-sites`).expect(200);
    expect(answer.body.origin).toEqual({ kind: 'commune', code: '32013', name: 'Auch', approximate: false });
    expect(answer.body.items.map((s: { id: string }) => s.id)).toEqual([auch.id, condom.id]);
    expect(answer.body.items[0]).toMatchObject({ name: 'Tiers-lieu d’Auch', communeName: 'Auch', distanceKm: 0 });
    expect(answer.body.items[1].distanceKm).toBeGreaterThan(30);
    expect(answer.body.items[1].distanceKm).toBeLessThan(45);
    expect(answer.body.total).toBe(2);

    // Ténarèze names no commune: the area is the name of Condom's EPCI.
    const byArea = await givenNewcomer(t, { wishedArea: 'Ténarèze' });
    const area = await as(admin).get(`/api/v1/newcomers/${byArea.id}/suggested-sites?limit=1`).expect(200);
    expect(area.body.origin).toMatchObject({ kind: 'epci', approximate: false });
    expect(area.body.items.map((s: { id: string }) => s.id)).toEqual([condom.id]);

    // A word that names no commune of the Gers (the territory search once answered it with a 500).
    const unknownArea = await givenNewcomer(t, { wishedArea: 'Quelque part au calme' });
    expect((await as(admin).get(`/api/v1/newcomers/${unknownArea.id}/suggested-sites`).expect(200)).body.origin).toBe(
      null,
    );
    expect((await t.http.get('/api/v1/territory/communes?department=32&q=zzzz').expect(200)).body).toEqual({
      items: [],
      total: 0,
    });

    const nowhere = await givenNewcomer(t);
    expect((await as(admin).get(`/api/v1/newcomers/${nowhere.id}/suggested-sites`).expect(200)).body).toEqual({
      origin: null,
      items: [],
      total: 0,
    });

    await as(member).get(`/api/v1/newcomers/${file.id}/suggested-sites`).expect(403);
    await as(host).get(`/api/v1/newcomers/${file.id}/suggested-sites`).expect(403);
    await t.http.get(`/api/v1/newcomers/${file.id}/suggested-sites`).expect(401);
    const unknown = await as(admin).get(`/api/v1/newcomers/${NO_ONE}/suggested-sites`).expect(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    await as(admin).get(`/api/v1/newcomers/${file.id}/suggested-sites?limit=0`).expect(400);
  });

  it('offers a trial day, mails the invitation, and the newcomer accepts: account, booking, linked file', async () => {
    const file = await givenNewcomer(t, { firstName: 'Léa', lastName: 'Essai1', wishedCommuneCode: '32013' });
    await as(member).post(`/api/v1/newcomers/${file.id}/trial-days`).send({ siteId: auch.id, date: DAY }).expect(403);
    await t.http.post(`/api/v1/newcomers/${file.id}/trial-days`).send({ siteId: auch.id, date: DAY }).expect(401);

    const offered = await offer(admin, file.id, { siteId: auch.id, date: DAY, resourceId: desk1.id }).expect(201);
    expect(offered.body).toMatchObject({
      state: 'sent',
      siteId: auch.id,
      siteName: 'Tiers-lieu d’Auch',
      resourceId: desk1.id,
      resourceName: 'Bureau 1',
      kind: 'desk',
      date: DAY,
      slot: 'full_day',
      offeredBy: { id: admin.id },
      acceptedAt: null,
      bookingId: null,
      // A week from now is later than the day itself: the link works until the day starts.
      expiresAt: '2026-12-03T08:30:00+01:00',
    });
    // One invitation waiting per file.
    const twice = await offer(admin, file.id, { siteId: condom.id, date: DAY }).expect(409);
    expect(twice.body.type).toMatch(/trial-day-pending$/);

    const token = await trialDayLinkMailedTo(smtp, file.email, { publicUrl: PUBLIC_URL });
    const mail = smtp.to(file.email).find((m) => m.subject?.startsWith('Soho Solo : une journée d'))!;
    expect(mail.subject).toBe("Soho Solo : une journée d'essai au Tiers-lieu d’Auch");
    expect(mail.text).toContain('jeudi 3 décembre 2026, toute la journée');
    // Only the hash of the link's secret is stored.
    const [stored] = await t.dataSource.query(`SELECT token_hash FROM newcomer_trial_days WHERE id = $1`, [
      offered.body.id,
    ]);
    expect(stored.token_hash).not.toContain(token);
    expect(stored.token_hash).toHaveLength(43);

    const shown = await t.http.get(`/api/v1/trial-day-invitations/${token}`).expect(200);
    expect(shown.body).toMatchObject({
      email: file.email,
      siteName: 'Tiers-lieu d’Auch',
      date: DAY,
      slot: 'full_day',
      start: '2026-12-03T08:30:00+01:00',
      end: '2026-12-03T18:00:00+01:00',
      accountExists: false,
    });
    const sent = await as(admin).get(`/api/v1/newcomers/${file.id}/trial-days`).expect(200);
    expect(sent.body.items[0].sentAt).toEqual(expect.any(String));

    // The password rules of sign-up apply.
    const weak = await t.http.post(`/api/v1/trial-day-invitations/${token}/accept`).send({ password: 'password' });
    expect(weak.status).toBe(400);
    const accepted = await t.http
      .post(`/api/v1/trial-day-invitations/${token}/accept`)
      .send({ password: TEST_PASSWORD })
      .expect(201);
    const { booking, session } = accepted.body;
    expect(session.user).toMatchObject({ email: file.email, firstName: 'Léa', role: 'member' });
    expect(booking).toMatchObject({
      resourceId: desk1.id,
      siteId: auch.id,
      userId: session.user.id,
      date: DAY,
      status: 'confirmed',
    });
    // The account works, and holds the booking.
    const mine = await t.http
      .get(`/api/v1/me/bookings?from=${DAY}&to=${DAY}`)
      .set('Authorization', `Bearer ${session.accessToken}`)
      .expect(200);
    expect(mine.body.items.map((b: { id: string }) => b.id)).toEqual([booking.id]);

    // Used once.
    const again = await t.http.post(`/api/v1/trial-day-invitations/${token}/accept`).send({ password: TEST_PASSWORD });
    expect(again.status).toBe(404);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body).toMatchObject({ type: expect.stringMatching(/trial-day-link-closed$/), state: 'accepted' });
    await t.http.get(`/api/v1/trial-day-invitations/${token}`).expect(404);

    // The officer sees it accepted; the file is linked and its timeline tells the story.
    const state = await as(admin).get(`/api/v1/newcomers/${file.id}/trial-days`).expect(200);
    expect(state.body).toMatchObject({
      total: 1,
      items: [{ state: 'accepted', bookingId: booking.id, userId: session.user.id }],
    });
    const read = await eventually(async () => {
      const r = await as(admin).get(`/api/v1/newcomers/${file.id}`).expect(200);
      return r.body.timeline.some((e: { value: string }) => e.value === 'accepted') && r.body;
    });
    const steps = read.timeline.map((e: { kind: string; value: string | null }) => `${e.kind}:${e.value}`);
    expect(steps).toEqual(
      expect.arrayContaining([
        'trial_day:offered',
        'mail:trial_day_invitation',
        `account:${session.user.id}`,
        'trial_day:accepted',
      ]),
    );
    expect(steps.indexOf('trial_day:offered')).toBeLessThan(steps.indexOf('trial_day:accepted'));
    const [linked] = await t.dataSource.query(`SELECT user_id FROM newcomers WHERE id = $1`, [file.id]);
    expect(linked.user_id).toBe(session.user.id);

    // On the host's day view, and on their daily sheet, booked for the newcomer by the officer.
    const day = await as(host).get(`/api/v1/sites/${auch.id}/bookings?date=${DAY}`).expect(200);
    expect(day.body.items).toEqual([
      expect.objectContaining({ id: booking.id, holder: expect.objectContaining({ email: file.email }) }),
    ]);
    await t.app.get(DailySheetHandler, { strict: false }).handle({ siteId: auch.id, hostId: host.id, date: DAY });
    const sheet = await eventually(async () => smtp.to(host.email).find((m) => m.subject?.startsWith('Demain')));
    expect(sheet.text).toMatch(/réservé par .+ pour Léa Essai\d+/);
    expect(sheet.text).toContain('Bureau 1');
  });

  it('books another free desk when the one offered was taken meanwhile, and a clear 409 when none is left', async () => {
    const file = await givenNewcomer(t);
    await offer(admin, file.id, { siteId: auch.id, date: '2026-12-04', resourceId: desk2.id }).expect(201);
    const token = await trialDayLinkMailedTo(smtp, file.email, { publicUrl: PUBLIC_URL });
    // Someone books the desk offered.
    await as(member)
      .post('/api/v1/bookings')
      .send({ resourceId: desk2.id, date: '2026-12-04', slot: 'full_day' })
      .expect(201);
    const accepted = await t.http
      .post(`/api/v1/trial-day-invitations/${token}/accept`)
      .send({ password: TEST_PASSWORD })
      .expect(201);
    expect(accepted.body.booking.resourceId).toBe(desk1.id);

    // Any free desk, then no desk left at all: a 409, and no account left behind.
    const late = await givenNewcomer(t);
    await offer(admin, late.id, { siteId: auch.id, date: '2026-12-07' }).expect(201);
    const lateToken = await trialDayLinkMailedTo(smtp, late.email, { publicUrl: PUBLIC_URL });
    const other = await givenMember(t);
    for (const desk of [desk1, desk2]) {
      await t.http
        .post('/api/v1/bookings')
        .set('Authorization', other.bearer)
        .send({ resourceId: desk.id, date: '2026-12-07', slot: 'morning' })
        .expect(201);
    }
    const full = await t.http
      .post(`/api/v1/trial-day-invitations/${lateToken}/accept`)
      .send({ password: TEST_PASSWORD })
      .expect(409);
    expect(full.body.type).toMatch(/booking-conflict$/);
    const [account] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [late.email]);
    expect(account.n).toBe(0);
    // The link still works once a place frees: nothing was used.
    await t.http.get(`/api/v1/trial-day-invitations/${lateToken}`).expect(200);
  });

  it('refuses a day the site is closed, a past day, an unpublished site and a desk of another site', async () => {
    const file = await givenNewcomer(t);
    const saturday = await offer(admin, file.id, { siteId: auch.id, date: '2026-12-05' }).expect(422);
    expect(saturday.body.type).toMatch(/site-closed$/);
    await offer(admin, file.id, { siteId: auch.id, date: '2026-11-27' }).expect(422);
    const [draft] = await t.dataSource.query(`SELECT id FROM sites WHERE name = 'Brouillon'`);
    expect((await offer(admin, file.id, { siteId: draft.id, date: DAY }).expect(422)).body.type).toMatch(
      /site-not-published$/,
    );
    await offer(admin, file.id, { siteId: condom.id, date: DAY, resourceId: desk1.id }).expect(400);
    await offer(admin, file.id, { siteId: auch.id, date: 'demain' }).expect(400);
    await offer(admin, file.id, { siteId: NO_ONE, date: DAY }).expect(404);
    await offer(admin, NO_ONE, { siteId: auch.id, date: DAY }).expect(404);
  });

  it('asks the holder of an existing account to sign in, and books on it once signed in', async () => {
    const existing = await givenMember(t, { firstName: 'Marc' });
    // The file was written after the account: nothing linked it.
    const file = await givenNewcomer(t, { email: existing.email });
    await offer(admin, file.id, { siteId: auch.id, date: DAY }).expect(201);
    const token = await trialDayLinkMailedTo(smtp, file.email, { publicUrl: PUBLIC_URL });
    expect((await t.http.get(`/api/v1/trial-day-invitations/${token}`).expect(200)).body.accountExists).toBe(true);

    const signedOut = await t.http
      .post(`/api/v1/trial-day-invitations/${token}/accept`)
      .send({ password: 'another long passphrase' })
      .expect(409);
    expect(signedOut.body.type).toMatch(/trial-day-account-exists$/);
    // Nobody else's account takes it.
    const wrong = await t.http
      .post(`/api/v1/trial-day-invitations/${token}/accept`)
      .set('Authorization', member.bearer)
      .send({})
      .expect(403);
    expect(wrong.body.type).toMatch(/trial-day-other-account$/);

    const accepted = await t.http
      .post(`/api/v1/trial-day-invitations/${token}/accept`)
      .set('Authorization', existing.bearer)
      .send({})
      .expect(201);
    expect(accepted.body.session).toBeUndefined();
    expect(accepted.body.booking).toMatchObject({ userId: existing.id, siteId: auch.id, date: DAY });
    const [linked] = await t.dataSource.query(`SELECT user_id FROM newcomers WHERE id = $1`, [file.id]);
    expect(linked.user_id).toBe(existing.id);
  });

  it('lets the officer withdraw a waiting invitation; expired links stop working too', async () => {
    const file = await givenNewcomer(t);
    const offered = await offer(admin, file.id, { siteId: condom.id, date: DAY }).expect(201);
    const token = await trialDayLinkMailedTo(smtp, file.email, { publicUrl: PUBLIC_URL });
    await as(member).post(`/api/v1/newcomers/${file.id}/trial-days/${offered.body.id}/withdraw`).expect(403);
    const withdrawn = await as(admin)
      .post(`/api/v1/newcomers/${file.id}/trial-days/${offered.body.id}/withdraw`)
      .expect(200);
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', withdrawnAt: expect.any(String) });
    const gone = await t.http.get(`/api/v1/trial-day-invitations/${token}`).expect(404);
    expect(gone.body).toMatchObject({ state: 'withdrawn' });
    const twice = await as(admin)
      .post(`/api/v1/newcomers/${file.id}/trial-days/${offered.body.id}/withdraw`)
      .expect(409);
    expect(twice.body.type).toMatch(/trial-day-not-pending$/);
    await as(admin).post(`/api/v1/newcomers/${file.id}/trial-days/${NO_ONE}/withdraw`).expect(404);

    // A new offer once the first is withdrawn; it expires at the start of the day.
    await offer(admin, file.id, { siteId: condom.id, date: '2026-12-01', slot: 'afternoon' }).expect(201);
    const second = await trialDayLinkMailedTo(smtp, file.email, { seen: [token] });
    expect(smtp.to(file.email).some((m) => m.text?.includes("l'après-midi"))).toBe(true);
    clock.set(new Date('2026-12-01T13:00:00Z'));
    try {
      const expired = await t.http
        .post(`/api/v1/trial-day-invitations/${second}/accept`)
        .send({ password: TEST_PASSWORD });
      expect(expired.status).toBe(404);
      expect(expired.body).toMatchObject({ state: 'expired' });
      // An officer signed in now (the first one's access token is a day old).
      const later = await givenAdmin(t);
      const list = await as(later).get(`/api/v1/newcomers/${file.id}/trial-days`).expect(200);
      expect(list.body.items.map((i: { state: string }) => i.state).sort()).toEqual(['expired', 'withdrawn']);
    } finally {
      clock.set(NOW);
    }
    await t.http.get('/api/v1/trial-day-invitations/not-a-token').expect(404);
  });

  it('mails the invitation in English for a file written in English', async () => {
    const file = await givenNewcomer(t, { locale: 'en', firstName: 'Jane' });
    await offer(admin, file.id, { siteId: auch.id, date: '2026-12-08', slot: 'morning' }).expect(201);
    const mail = await eventually(async () => smtp.to(file.email).find((m) => m.subject?.includes('trial day')));
    expect(mail.subject).toBe('Soho Solo: a trial day at Tiers-lieu d’Auch');
    expect(mail.text).toContain('Hello Jane,');
    expect(mail.text).toContain('Tuesday 8 December 2026, in the morning');
    expect(mail.text).toMatch(/https:\/\/bastide\.example\.fr\/journee-essai\/[A-Za-z0-9_-]{43}/);
  });

  it('links a file to the account opened with its address at sign-up, and says so on its timeline', async () => {
    const file = await givenNewcomer(t, { email: 'Paul.Neuf@Example.fr' });
    const gone = await givenNewcomer(t, { email: 'paul.neuf@example.fr' });
    await t.http.delete(`/api/v1/newcomers/${gone.id}`).set('Authorization', admin.bearer).expect(204);
    const registered = await t.http
      .post('/api/v1/auth/register')
      .send({ email: 'PAUL.NEUF@example.fr', password: TEST_PASSWORD, firstName: 'Paul', lastName: 'Neuf' })
      .expect(201);
    const userId = registered.body.user.id;
    const read = await as(admin).get(`/api/v1/newcomers/${file.id}`).expect(200);
    expect(read.body.timeline).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'account', value: userId, text: 'sign_up' })]),
    );
    const rows = await t.dataSource.query(`SELECT id, user_id FROM newcomers WHERE id = ANY($1::uuid[]) ORDER BY id`, [
      [file.id, gone.id],
    ]);
    const byId = new Map(rows.map((r: { id: string; user_id: string | null }) => [r.id, r.user_id]));
    expect(byId.get(file.id)).toBe(userId);
    // An anonymised file is no one's any more.
    expect(byId.get(gone.id)).toBeNull();
  });

  it('puts a linked file in its member’s GDPR export, nobody else’s, and anonymises it when they erase their account', async () => {
    const file = await givenNewcomer(t, {
      firstName: 'Léa',
      lastName: 'Exportée',
      currentCity: 'Nantes',
      profession: 'Développeuse',
      projectKind: 'telework',
      wishes: 'Travailler au calme près d’Auch',
      phone: '06 11 22 33 44',
      adults: 2,
      children: 1,
      wishedCommuneCode: '32013',
      housing: 'rent',
      timing: 'within_a_year',
    });
    // Someone else's file, linked to their own account at sign-up.
    const stranger = await givenNewcomer(t, { lastName: 'Étrangère' });
    const strangerAccount = await t.http
      .post('/api/v1/auth/register')
      .send({ email: stranger.email, password: TEST_PASSWORD, firstName: 'Léa', lastName: 'Étrangère' })
      .expect(201);
    await as(admin).patch(`/api/v1/newcomers/${file.id}`).send({ status: 'contacted' }).expect(200);
    await as(admin)
      .post(`/api/v1/newcomers/${file.id}/notes`)
      .send({ text: 'Cherche une maison avec jardin, école à pied' })
      .expect(201);
    const offered = await offer(admin, file.id, { siteId: auch.id, date: '2026-12-10' }).expect(201);
    const token = await trialDayLinkMailedTo(smtp, file.email, { publicUrl: PUBLIC_URL });
    const accepted = await t.http
      .post(`/api/v1/trial-day-invitations/${token}/accept`)
      .send({ password: TEST_PASSWORD })
      .expect(201);
    const userId = accepted.body.session.user.id;
    const bearer = `Bearer ${accepted.body.session.accessToken}`;

    const exported = (await t.http.get('/api/v1/me/export').set('Authorization', bearer).expect(200)).body;
    expect(exported.newcomerFiles).toHaveLength(1);
    const [mine] = exported.newcomerFiles;
    expect(mine).toMatchObject({
      id: file.id,
      firstName: 'Léa',
      lastName: 'Exportée',
      email: file.email,
      phone: '06 11 22 33 44',
      currentCity: 'Nantes',
      profession: 'Développeuse',
      projectKind: 'telework',
      wishes: 'Travailler au calme près d’Auch',
      adults: 2,
      children: 1,
      wishedCommune: { code: '32013', name: 'Auch' },
      housing: 'rent',
      timing: 'within_a_year',
      status: 'contacted',
      consentedAt: '2026-11-30T10:00:00+01:00',
      anonymised: false,
    });
    const steps = mine.timeline.map((e: { kind: string; value: string | null }) => `${e.kind}:${e.value}`);
    expect(steps).toEqual(
      expect.arrayContaining([
        'created:null',
        'status:contacted',
        'trial_day:offered',
        `account:${userId}`,
        'trial_day:accepted',
      ]),
    );
    // The officer's note about them is theirs to read.
    expect(mine.timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'note',
          text: 'Cherche une maison avec jardin, école à pied',
          author: expect.objectContaining({ id: admin.id }),
        }),
      ]),
    );
    expect(mine.trialDays).toEqual([
      expect.objectContaining({
        id: offered.body.id,
        state: 'accepted',
        siteName: 'Tiers-lieu d’Auch',
        date: '2026-12-10',
        bookingId: accepted.body.booking.id,
        userId,
      }),
    ]);
    expect(JSON.stringify(exported)).not.toContain(stranger.id);
    const theirs = await t.http
      .get('/api/v1/me/export')
      .set('Authorization', `Bearer ${strangerAccount.body.accessToken}`)
      .expect(200);
    expect(theirs.body.newcomerFiles.map((f: { id: string }) => f.id)).toEqual([stranger.id]);
    expect((await as(member).get('/api/v1/me/export').expect(200)).body.newcomerFiles).toEqual([]);

    // Erasing the account anonymises the file as an erasure on request would; the stranger's stays as it was.
    await t.http.delete('/api/v1/me').set('Authorization', bearer).expect(204);
    const after = (await as(admin).get(`/api/v1/newcomers/${file.id}`).expect(200)).body;
    expect(after).toMatchObject({
      anonymised: true,
      firstName: '',
      lastName: '',
      email: '',
      phone: null,
      currentCity: '',
      profession: '',
      wishes: '',
      // What the reports count stays.
      status: 'contacted',
      projectKind: 'telework',
    });
    expect(after.timeline.filter((e: { text: string | null }) => e.text !== null)).toEqual([]);
    expect(after.timeline.at(-1)).toMatchObject({ kind: 'anonymised', author: null });
    expect(JSON.stringify(after)).not.toMatch(/Exportée|06 11 22 33 44|jardin/);
    // Nothing leads back to the account or its booking any more: not the timeline, not the trial day.
    expect(after.timeline.find((e: { kind: string }) => e.kind === 'account')).toMatchObject({ value: null });
    expect(JSON.stringify(after)).not.toContain(userId);
    const [trialDay] = await t.dataSource.query(`SELECT user_id, booking_id FROM newcomer_trial_days WHERE id = $1`, [
      offered.body.id,
    ]);
    expect(trialDay).toEqual({ user_id: null, booking_id: null });
    const rows = await t.dataSource.query(
      `SELECT id, user_id, anonymised_at FROM newcomers WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [[file.id, stranger.id]],
    );
    const byId = new Map(rows.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(file.id)).toMatchObject({ user_id: null, anonymised_at: expect.any(Date) });
    expect(byId.get(stranger.id)).toMatchObject({ user_id: strangerAccount.body.user.id, anonymised_at: null });
  });
});
