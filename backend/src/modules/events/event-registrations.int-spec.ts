import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { deleteRegistration, givenEvent, postRegistration, signedInAgain } from '../../testing/events-fixtures';
import { givenHost, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');

describe('event registrations over HTTP', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let host: TestAccount;
  let otherHost: TestAccount;
  let member: TestAccount;
  let site: TestSite;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start() } });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    host = await givenHost(t, admin, site.id);
    const otherSite = await givenSite(t, admin);
    otherHost = await givenHost(t, admin, otherSite.id);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const registrations = (who: TestAccount | undefined, eventId: string, query = '') => {
    const request = t.http.get(`/api/v1/events/${eventId}/registrations${query}`);
    if (who) request.set('Authorization', who.bearer);
    return request;
  };
  const eventSeenBy = async (who: TestAccount, eventId: string) =>
    (await t.http.get(`/api/v1/events/${eventId}`).set('Authorization', who.bearer).expect(200)).body;

  it('registers, refuses a second registration (409), cancels (204) and registers again', async () => {
    const event = await givenEvent(t, host, site.id);
    const first = await postRegistration(t, member, event.id).expect(201);
    expect(first.body).toEqual({ id: expect.any(String), eventId: event.id, status: 'registered' });
    const again = await postRegistration(t, member, event.id).expect(409);
    expect(again.body).toMatchObject({
      type: expect.stringMatching(/already-registered$/),
      registration: { id: first.body.id, status: 'registered' },
    });
    expect(await eventSeenBy(member, event.id)).toMatchObject({
      registeredCount: 1,
      placesLeft: 9,
      myRegistration: { id: first.body.id, status: 'registered' },
    });
    await deleteRegistration(t, member, event.id).expect(204);
    await deleteRegistration(t, member, event.id).expect(404);
    expect(await eventSeenBy(member, event.id)).toMatchObject({ registeredCount: 0, myRegistration: null });
    const back = await postRegistration(t, member, event.id).expect(201);
    expect(back.body).toMatchObject({ status: 'registered' });
    expect(back.body.id).not.toBe(first.body.id);
    await postRegistration(t, undefined, event.id).expect(401);
    await t.http.delete(`/api/v1/events/${event.id}/registrations/me`).expect(401);
    // Hosts and officers are members too: they register like anyone, at any site.
    await postRegistration(t, otherHost, event.id).expect(201);
    await postRegistration(t, admin, event.id).expect(201);
    await postRegistration(t, member, '6f1c1d7e-0000-4000-8000-000000000000').expect(404);
    await postRegistration(t, member, 'not-a-uuid').expect(404);
  });

  it('answers a replayed Idempotency-Key with the first answer instead of a 409', async () => {
    const event = await givenEvent(t, host, site.id);
    const who = await givenMember(t);
    const first = await postRegistration(t, who, event.id, 'register-once').expect(201);
    const replay = await postRegistration(t, who, event.id, 'register-once').expect(201);
    expect(replay.body).toEqual(first.body);
    await postRegistration(t, who, event.id, 'a-new-click').expect(409);
    await postRegistration(t, who, event.id, 'bad key with spaces').expect(400);
  });

  it('puts people beyond the capacity on the waitlist with positions from 1, shown to the hosts', async () => {
    const event = await givenEvent(t, host, site.id, { capacity: 2 });
    const people = await Promise.all(Array.from({ length: 5 }, () => givenMember(t)));
    const answers = [];
    for (const who of people) answers.push((await postRegistration(t, who, event.id).expect(201)).body);
    expect(answers.map((a) => [a.status, a.position])).toEqual([
      ['registered', undefined],
      ['registered', undefined],
      ['waitlisted', 1],
      ['waitlisted', 2],
      ['waitlisted', 3],
    ]);
    expect(await eventSeenBy(people[3], event.id)).toMatchObject({
      registeredCount: 2,
      waitlistCount: 3,
      placesLeft: 0,
      myRegistration: { status: 'waitlisted', position: 2 },
    });
    const list = await registrations(host, event.id).expect(200);
    expect(list.body.total).toBe(5);
    expect(
      list.body.items.map((r: { userId: string; status: string; position?: number }) => [
        r.userId,
        r.status,
        r.position,
      ]),
    ).toEqual([
      [people[0].id, 'registered', undefined],
      [people[1].id, 'registered', undefined],
      [people[2].id, 'waitlisted', 1],
      [people[3].id, 'waitlisted', 2],
      [people[4].id, 'waitlisted', 3],
    ]);
    expect(list.body.items[0]).toMatchObject({ firstName: 'Camille', lastName: 'Martin', attendedAt: null });
    const waiting = await registrations(admin, event.id, '?status=waitlisted&limit=2&offset=1').expect(200);
    expect(waiting.body).toMatchObject({ total: 3, items: [{ position: 2 }, { position: 3 }] });
    await registrations(otherHost, event.id).expect(403);
    await registrations(member, event.id).expect(403);
    await registrations(undefined, event.id).expect(401);
  });

  it('promotes the waitlist in order when places free, each promoted member told once; positions stay contiguous', async () => {
    const event = await givenEvent(t, host, site.id, { title: 'Atelier Canva', capacity: 2 });
    const [a, b, c, d, e] = await Promise.all(Array.from({ length: 5 }, () => givenMember(t)));
    for (const who of [a, b, c, d, e]) await postRegistration(t, who, event.id).expect(201);

    await deleteRegistration(t, a, event.id).expect(204);
    expect((await eventSeenBy(c, event.id)).myRegistration).toMatchObject({ status: 'registered' });
    expect((await eventSeenBy(d, event.id)).myRegistration).toEqual(expect.objectContaining({ position: 1 }));
    expect((await eventSeenBy(e, event.id)).myRegistration).toEqual(expect.objectContaining({ position: 2 }));

    await deleteRegistration(t, b, event.id).expect(204);
    expect((await eventSeenBy(d, event.id)).myRegistration).toMatchObject({ status: 'registered' });
    expect((await eventSeenBy(e, event.id)).myRegistration).toEqual(
      expect.objectContaining({ status: 'waitlisted', position: 1 }),
    );
    expect(await eventSeenBy(e, event.id)).toMatchObject({ registeredCount: 2, waitlistCount: 1 });

    const promotedMail = (who: TestAccount) =>
      smtp.to(who.email).filter((m) => m.subject === 'Une place s’est libérée : Atelier Canva');
    await eventually(async () => promotedMail(c).length === 1 && promotedMail(d).length === 1);
    expect(promotedMail(c)[0].text).toContain('vous êtes inscrit·e à « Atelier Canva », le vendredi 27 mars 2026');
    expect(promotedMail(c)[0].html).toContain(`/agenda/${event.id}`);
    const promotions: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'event.promoted'
         AND payload->>'registrationId' IN (SELECT id::text FROM event_registrations WHERE event_id = $1)`,
      [event.id],
    );
    expect(promotions[0].n).toBe(2);
    expect(promotedMail(a)).toHaveLength(0);
    expect(promotedMail(e)).toHaveLength(0);

    // Someone in line leaving moves those behind up; nobody is promoted, no place changed hands.
    const f = await givenMember(t);
    await postRegistration(t, f, event.id).expect(201);
    await deleteRegistration(t, e, event.id).expect(204);
    expect((await eventSeenBy(f, event.id)).myRegistration).toEqual(
      expect.objectContaining({ status: 'waitlisted', position: 1 }),
    );
  });

  it('serves the line in order when the capacity is raised', async () => {
    const event = await givenEvent(t, host, site.id, { capacity: 1 });
    const people = await Promise.all(Array.from({ length: 4 }, () => givenMember(t)));
    for (const who of people) await postRegistration(t, who, event.id).expect(201);
    const raised = await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', host.bearer)
      .send({ capacity: 3 })
      .expect(200);
    expect(raised.body).toMatchObject({ registeredCount: 3, waitlistCount: 1 });
    const list = await registrations(host, event.id).expect(200);
    expect(list.body.items.map((r: { userId: string; status: string }) => [r.userId, r.status])).toEqual([
      [people[0].id, 'registered'],
      [people[1].id, 'registered'],
      [people[2].id, 'registered'],
      [people[3].id, 'waitlisted'],
    ]);
    expect(list.body.items[1].promotedAt).toEqual(expect.any(String));
  });

  it('refuses registration after the deadline (422), and by default from the start', async () => {
    const closed = await givenEvent(t, host, site.id, { registrationDeadline: '2026-03-20T10:30' });
    const refused = await postRegistration(t, member, closed.id).expect(422);
    expect(refused.body).toMatchObject({
      type: expect.stringMatching(/registration-closed$/),
      registrationDeadline: '2026-03-20T10:30:00+01:00',
    });
    expect((await eventSeenBy(member, closed.id)).registrationOpen).toBe(false);

    const soon = await givenEvent(t, host, site.id, { start: '2026-03-20T14:00', end: '2026-03-20T16:00' });
    await postRegistration(t, member, soon.id).expect(201);
    const late = await givenMember(t);
    clock.set(new Date('2026-03-20T13:00:00Z'));
    try {
      const started = await postRegistration(t, await signedInAgain(t, late), soon.id).expect(422);
      expect(started.body.type).toMatch(/registration-closed$/);
      // Once under way, a registration can no longer be cancelled.
      const leaving = await deleteRegistration(t, await signedInAgain(t, member), soon.id).expect(422);
      expect(leaving.body.type).toMatch(/event-started$/);
    } finally {
      clock.set(NOW);
    }
  });

  it('refuses registration for a cancelled event (422) and a draft (404 for members, 422 for its host)', async () => {
    const event = await givenEvent(t, host, site.id);
    await t.http.post(`/api/v1/events/${event.id}/cancel`).set('Authorization', host.bearer).expect(200);
    const refused = await postRegistration(t, member, event.id).expect(422);
    expect(refused.body.type).toMatch(/event-cancelled$/);
    const draft = await givenEvent(t, host, site.id, {}, false);
    await postRegistration(t, member, draft.id).expect(404);
    const own = await postRegistration(t, host, draft.id).expect(422);
    expect(own.body.type).toMatch(/event-not-published$/);
  });

  it('lets the host of the site mark attendance from the event’s day, audited; others are refused', async () => {
    const event = await givenEvent(t, host, site.id, { capacity: 1 });
    const present = await givenMember(t);
    const waiting = await givenMember(t);
    const registration = (await postRegistration(t, present, event.id).expect(201)).body;
    const line = (await postRegistration(t, waiting, event.id).expect(201)).body;
    const mark = (who: TestAccount | undefined, id: string, body: Record<string, unknown> = {}) => {
      const request = t.http.post(`/api/v1/events/${event.id}/registrations/${id}/attendance`);
      if (who) request.set('Authorization', who.bearer);
      return request.send(body);
    };
    const early = await mark(host, registration.id).expect(422);
    expect(early.body).toMatchObject({ type: expect.stringMatching(/attendance-not-open$/), date: '2026-03-27' });

    clock.set(new Date('2026-03-27T08:10:00Z'));
    try {
      const [hostNow, adminNow, presentNow, otherHostNow] = await Promise.all(
        [host, admin, present, otherHost].map((who) => signedInAgain(t, who)),
      );
      await mark(undefined, registration.id).expect(401);
      await mark(presentNow, registration.id).expect(403);
      await mark(otherHostNow, registration.id).expect(403);
      const marked = await mark(hostNow, registration.id).expect(200);
      expect(marked.body).toMatchObject({
        id: registration.id,
        userId: present.id,
        status: 'attended',
        attendedAt: '2026-03-27T09:10:00+01:00',
      });
      await mark(adminNow, registration.id).expect(200);
      const notThere = await mark(hostNow, line.id).expect(422);
      expect(notThere.body.type).toMatch(/not-attendable$/);
      await mark(hostNow, '6f1c1d7e-0000-4000-8000-000000000000').expect(404);
      await mark(hostNow, registration.id, { attended: 'yes' }).expect(400);
      const undone = await mark(hostNow, registration.id, { attended: false }).expect(200);
      expect(undone.body).toMatchObject({ status: 'registered', attendedAt: null });
      await mark(hostNow, registration.id).expect(200);
      expect(await eventSeenBy(presentNow, event.id)).toMatchObject({
        registeredCount: 1,
        myRegistration: { status: 'attended' },
      });
    } finally {
      clock.set(NOW);
    }
    const log = await t.http
      .get('/api/v1/audit-log')
      .query({ subjectId: registration.id })
      .set('Authorization', admin.bearer)
      .expect(200);
    // One entry per change (the officer's second mark changed nothing); same instant, so compared unordered.
    expect(log.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'event.attendance.mark',
      'event.attendance.mark',
      'event.attendance.unmark',
    ]);
    expect(log.body.items.every((e: { actorId: string }) => e.actorId === host.id)).toBe(true);
    expect(log.body.items[0].details).toEqual({ eventId: event.id, userId: present.id });
  });

  it('exports the attendee list as CSV for the site’s hosts and officers, formulas neutralised', async () => {
    const event = await givenEvent(t, host, site.id, { capacity: 1 });
    const sneaky = await givenMember(t, { firstName: '=HYPERLINK("http://evil.example")', lastName: 'Dupont' });
    const second = await givenMember(t, { firstName: 'Léa', lastName: 'Fourcade' });
    await postRegistration(t, sneaky, event.id).expect(201);
    await postRegistration(t, second, event.id).expect(201);
    const csv = await t.http
      .get(`/api/v1/events/${event.id}/registrations/export.csv`)
      .set('Authorization', host.bearer)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers['content-disposition']).toContain('attachment');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('"Nom";"Prénom";"Statut";"Position en liste d\'attente";"Inscrit le";"Présence notée le"');
    expect(lines[1]).toMatch(
      /^"Dupont";"'=HYPERLINK\(""http:\/\/evil.example""\)";"inscrit";"";"2026-03-20T11:00:00\+01:00";""$/,
    );
    expect(lines[2]).toMatch(/^"Fourcade";"Léa";"en liste d'attente";"1";/);
    const english = await t.http
      .get(`/api/v1/events/${event.id}/registrations/export.csv?lang=en`)
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(english.text).toContain('"Last name";"First name"');
    await t.http
      .get(`/api/v1/events/${event.id}/registrations/export.csv`)
      .set('Authorization', otherHost.bearer)
      .expect(403);
    await t.http
      .get(`/api/v1/events/${event.id}/registrations/export.csv`)
      .set('Authorization', sneaky.bearer)
      .expect(403);
    await t.http.get(`/api/v1/events/${event.id}/registrations/export.csv`).expect(401);
  });

  it('lists the caller’s own registrations by event start, upcoming by default', async () => {
    const who = await givenMember(t);
    const later = await givenEvent(t, host, site.id, {
      title: 'Plus tard',
      start: '2026-04-10T09:00',
      end: '2026-04-10T10:00',
    });
    const sooner = await givenEvent(t, host, site.id, { title: 'Bientôt', capacity: 1 });
    await postRegistration(t, member, sooner.id);
    await postRegistration(t, who, later.id).expect(201);
    await postRegistration(t, who, sooner.id).expect(201);
    const mine = await t.http.get('/api/v1/me/event-registrations').set('Authorization', who.bearer).expect(200);
    expect(mine.body.total).toBe(2);
    expect(mine.body.items.map((r: { event: { title: string }; status: string }) => [r.event.title, r.status])).toEqual(
      [
        ['Bientôt', 'waitlisted'],
        ['Plus tard', 'registered'],
      ],
    );
    expect(mine.body.items[0]).toMatchObject({ position: 1, registeredAt: '2026-03-20T11:00:00+01:00' });
    const april = await t.http
      .get('/api/v1/me/event-registrations?from=2026-04-01&to=2026-04-30')
      .set('Authorization', who.bearer)
      .expect(200);
    expect(april.body.items.map((r: { event: { id: string } }) => r.event.id)).toEqual([later.id]);
    await t.http.get('/api/v1/me/event-registrations').expect(401);
  });

  it('puts registrations in the GDPR export; erasure cancels future ones and promotes the next in line', async () => {
    const event = await givenEvent(t, host, site.id, { title: 'Atelier RGPD', capacity: 1 });
    const leaving = await givenMember(t);
    const next = await givenMember(t);
    await postRegistration(t, leaving, event.id).expect(201);
    await postRegistration(t, next, event.id).expect(201);
    const exported = await t.http.get('/api/v1/me/export').set('Authorization', leaving.bearer).expect(200);
    expect(exported.body.eventRegistrations).toEqual([
      expect.objectContaining({ eventId: event.id, eventTitle: 'Atelier RGPD', status: 'registered' }),
    ]);
    await t.http.delete('/api/v1/me').set('Authorization', leaving.bearer).expect(204);
    expect((await eventSeenBy(next, event.id)).myRegistration).toMatchObject({ status: 'registered' });
    await eventually(async () =>
      smtp.to(next.email).find((m) => m.subject === 'Une place s’est libérée : Atelier RGPD'),
    );
    const rows = await t.dataSource.query(
      `SELECT user_id, status FROM event_registrations WHERE event_id = $1 ORDER BY queue_number`,
      [event.id],
    );
    expect(rows).toEqual([
      { user_id: null, status: 'cancelled' },
      { user_id: next.id, status: 'registered' },
    ]);
  });
});
