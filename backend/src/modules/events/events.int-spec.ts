import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { eventRequest, givenEvent, postRegistration } from '../../testing/events-fixtures';
import { givenHost, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch: a week before the spring change. */
const NOW = new Date('2026-03-20T10:00:00Z');

describe('events over HTTP', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let host: TestAccount;
  let otherHost: TestAccount;
  let member: TestAccount;
  let site: TestSite;
  let otherSite: TestSite;
  let draftSite: TestSite;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start() } });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    host = await givenHost(t, admin, site.id);
    otherSite = await givenSite(t, admin, { name: 'La Ruche de Condom', communeCode: '32107' });
    otherHost = await givenHost(t, admin, otherSite.id);
    draftSite = await givenSite(t, admin, {}, 'draft');
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const post = (who: TestAccount | undefined, body: Record<string, unknown>) => {
    const request = t.http.post('/api/v1/events');
    if (who) request.set('Authorization', who.bearer);
    return request.send(body);
  };
  const get = (who: TestAccount | undefined, path: string) => {
    const request = t.http.get(`/api/v1${path}`);
    if (who) request.set('Authorization', who.bearer);
    return request;
  };

  it('lets a host create a draft at their site, times in the site’s zone, the description rendered safely', async () => {
    const created = await post(host, eventRequest(site.id)).expect(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      status: 'draft',
      siteId: site.id,
      siteName: 'Tiers-lieu de Vic',
      start: '2026-03-27T09:00:00+01:00',
      end: '2026-03-27T10:30:00+01:00',
      timezone: 'Europe/Paris',
      capacity: 10,
      registeredCount: 0,
      waitlistCount: 0,
      placesLeft: 10,
      visibility: 'public',
      category: 'telework_cafe',
      registrationDeadline: '2026-03-27T09:00:00+01:00',
      registrationDeadlineSet: false,
      registrationOpen: false,
      myRegistration: null,
      manageable: true,
      createdBy: host.id,
    });
    expect(created.body.descriptionHtml).toBe('<p>Un café, des <strong>croissants</strong> et un tour de table.</p>');

    // A local time without an offset is read in the site's zone, here after the spring change.
    const summer = await post(
      host,
      eventRequest(site.id, { start: '2026-03-31T18:30', end: '2026-03-31T20:00' }),
    ).expect(201);
    expect([summer.body.start, summer.body.end]).toEqual(['2026-03-31T18:30:00+02:00', '2026-03-31T20:00:00+02:00']);

    const hostile = await post(
      host,
      eventRequest(site.id, {
        description: '<script>alert(1)</script> [clic](javascript:alert(1)) <img src=x onerror=alert(1)>',
      }),
    ).expect(201);
    expect(hostile.body.description).toContain('<script>');
    expect(hostile.body.descriptionHtml).not.toMatch(/<script|<img|href="javascript/i);
    expect(hostile.body.descriptionHtml).toContain('&lt;script&gt;');
  });

  it('refuses to create for anonymous (401), members (403), hosts of another site (403), unseen sites (404)', async () => {
    await post(undefined, eventRequest(site.id)).expect(401);
    await post(member, eventRequest(site.id)).expect(403);
    const foreign = await post(otherHost, eventRequest(site.id)).expect(403);
    expect(foreign.body.type).toMatch(/not-site-host$/);
    await post(host, eventRequest(draftSite.id)).expect(404);
    const siteless = await post(host, eventRequest(null)).expect(400);
    expect(siteless.body.errors).toEqual([expect.objectContaining({ field: 'siteId' })]);
    await post(admin, eventRequest(site.id)).expect(201);
  });

  it('answers a replayed Idempotency-Key with the event it made the first time', async () => {
    const first = await t.http
      .post('/api/v1/events')
      .set('Authorization', host.bearer)
      .set('Idempotency-Key', 'make-the-cafe')
      .send(eventRequest(site.id))
      .expect(201);
    const replay = await t.http
      .post('/api/v1/events')
      .set('Authorization', host.bearer)
      .set('Idempotency-Key', 'make-the-cafe')
      .send(eventRequest(site.id))
      .expect(201);
    expect(replay.body.id).toBe(first.body.id);
    // Keys are per user: the officer's identical key is another request.
    const officers = await t.http
      .post('/api/v1/events')
      .set('Authorization', admin.bearer)
      .set('Idempotency-Key', 'make-the-cafe')
      .send(eventRequest(site.id))
      .expect(201);
    expect(officers.body.id).not.toBe(first.body.id);
  });

  it('lets an officer make an online or network-wide event without a site, in the network’s zone', async () => {
    const online = await post(
      admin,
      eventRequest(null, { category: 'talk', onlineUrl: 'https://visio.example.fr/soho-solo' }),
    ).expect(201);
    expect(online.body).toMatchObject({
      siteId: null,
      siteName: null,
      onlineUrl: 'https://visio.example.fr/soho-solo',
      timezone: 'Europe/Paris',
      start: '2026-03-27T09:00:00+01:00',
    });
    const roomless = await post(admin, eventRequest(null, { roomId: site.id })).expect(400);
    expect(roomless.body.errors).toEqual([expect.objectContaining({ field: 'roomId' })]);
    const badUrl = await post(admin, eventRequest(null, { onlineUrl: 'javascript:alert(1)' })).expect(400);
    expect(badUrl.body.errors).toEqual([expect.objectContaining({ field: 'onlineUrl' })]);
  });

  it('answers bad input with 400 naming the field, and rules with 422', async () => {
    const expect400 = async (overrides: Record<string, unknown>, field: string) => {
      const response = await post(host, eventRequest(site.id, overrides)).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    };
    await expect400({ category: 'party' }, 'category');
    await expect400({ capacity: 0 }, 'capacity');
    await expect400({ capacity: 2.5 }, 'capacity');
    await expect400({ title: '' }, 'title');
    await expect400({ title: null }, 'title');
    await expect400({ visibility: 'secret' }, 'visibility');
    await expect400({ start: 'tomorrow' }, 'start');
    await expect400({ end: '2026-03-27T08:00:00+01:00' }, 'end');
    await expect400({ registrationDeadline: '2026-03-28T09:00:00+01:00' }, 'registrationDeadline');
    await expect400({ roomId: 'not-a-uuid' }, 'roomId');
    await expect400({ description: 'a\u0000b' }, 'description');
    const past = await post(host, eventRequest(site.id, { start: '2026-03-19T09:00', end: '2026-03-19T10:00' })).expect(
      422,
    );
    expect(past.body.type).toMatch(/event-in-past$/);
    const skipped = await post(
      host,
      eventRequest(site.id, { start: '2026-03-29T02:30', end: '2026-03-29T04:00' }),
    ).expect(422);
    expect(skipped.body.type).toMatch(/nonexistent-local-time$/);
  });

  it('hides drafts from the public, members and other hosts (404), shows them to their hosts and officers', async () => {
    const draft = await givenEvent(t, host, site.id, { title: 'Atelier brouillon' }, false);
    await get(undefined, `/events/${draft.id}`).expect(404);
    await get(member, `/events/${draft.id}`).expect(404);
    await get(otherHost, `/events/${draft.id}`).expect(404);
    expect((await get(host, `/events/${draft.id}`).expect(200)).body.status).toBe('draft');
    expect((await get(admin, `/events/${draft.id}`).expect(200)).body.manageable).toBe(true);
    await get(undefined, `/events/not-a-uuid`).expect(404);

    const publicTitles = (await get(undefined, '/events').expect(200)).body.items.map(
      (e: { title: string }) => e.title,
    );
    expect(publicTitles).not.toContain('Atelier brouillon');
    const drafts = await get(host, '/events?status=draft').expect(200);
    expect(drafts.body.items.map((e: { id: string }) => e.id)).toContain(draft.id);
    expect(
      (await get(otherHost, '/events?status=draft').expect(200)).body.items.map((e: { id: string }) => e.id),
    ).not.toContain(draft.id);
    const everything = await get(admin, '/events?status=all&limit=500').expect(200);
    expect(everything.body.items.map((e: { id: string }) => e.id)).toContain(draft.id);
    await get(member, '/events?status=draft').expect(403);
    await get(undefined, '/events?status=all').expect(403);
  });

  it('shows members-only events to signed-in accounts only, in the agenda and by id', async () => {
    const members = await givenEvent(t, host, site.id, { title: 'Afterwork des membres', visibility: 'members' });
    await get(undefined, `/events/${members.id}`).expect(404);
    const seen = await get(member, `/events/${members.id}`).expect(200);
    expect(seen.body).toMatchObject({ visibility: 'members', status: 'published', manageable: false });
    const anonymous = await get(undefined, '/events?limit=500').expect(200);
    expect(anonymous.body.items.map((e: { id: string }) => e.id)).not.toContain(members.id);
    const signedIn = await get(member, '/events?limit=500').expect(200);
    expect(signedIn.body.items.map((e: { id: string }) => e.id)).toContain(members.id);
    // An anonymous caller cannot register either: the route asks for an account.
    await postRegistration(t, undefined, members.id).expect(401);
  });

  it('lists the network’s published events by date, site, EPCI and category', async () => {
    const workshop = await givenEvent(t, host, site.id, {
      title: 'Atelier CV',
      category: 'workshop',
      start: '2026-04-14T14:00',
      end: '2026-04-14T16:00',
    });
    const openDay = await givenEvent(t, otherHost, otherSite.id, {
      title: 'Portes ouvertes',
      category: 'open_day',
      start: '2026-04-15T10:00',
      end: '2026-04-15T17:00',
    });
    const ids = async (query: string) =>
      (await get(undefined, `/events?${query}`).expect(200)).body.items.map((e: { id: string }) => e.id);
    expect(await ids('from=2026-04-14&to=2026-04-15')).toEqual([workshop.id, openDay.id]);
    expect(await ids('from=2026-04-15&to=2026-04-15')).toEqual([openDay.id]);
    expect(await ids(`from=2026-04-14&siteId=${otherSite.id}`)).toEqual([openDay.id]);
    expect(await ids(`from=2026-04-14&to=2026-04-30&epciCode=${otherSite.body.epciCode}`)).toEqual([openDay.id]);
    expect(otherSite.body.epciCode).not.toBe(site.body.epciCode);
    expect(await ids('from=2026-04-01&to=2026-04-30&category=workshop')).toEqual([workshop.id]);
    const page = await get(undefined, '/events?from=2026-04-14&to=2026-04-15&limit=1&offset=1').expect(200);
    expect(page.body).toMatchObject({ total: 2, items: [expect.objectContaining({ id: openDay.id })] });
    const listed = (await get(undefined, '/events?from=2026-04-14&to=2026-04-14').expect(200)).body.items[0];
    expect(listed).toMatchObject({ siteName: 'Tiers-lieu de Vic', epciCode: site.body.epciCode, communeName: 'Auch' });
    await get(undefined, '/events?from=2026-02-30').expect(400);
    await get(undefined, '/events?category=party').expect(400);
  });

  it('edits an event: PATCH answers the whole event; only its site’s hosts and officers may', async () => {
    const event = await givenEvent(t, host, site.id, { title: 'Café du jeudi' });
    const edited = await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', host.bearer)
      .send({ title: 'Café du vendredi', description: '# Programme\n\n- café', visibility: 'members' })
      .expect(200);
    expect(edited.body).toMatchObject({
      id: event.id,
      title: 'Café du vendredi',
      visibility: 'members',
      descriptionHtml: '<h3>Programme</h3>\n<ul><li>café</li></ul>',
      start: '2026-03-27T09:00:00+01:00',
    });
    await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', otherHost.bearer)
      .send({ title: 'x' })
      .expect(403);
    await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', member.bearer)
      .send({ title: 'x' })
      .expect(403);
    await t.http.patch(`/api/v1/events/${event.id}`).send({ title: 'x' }).expect(401);
    await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', admin.bearer)
      .send({ siteId: otherSite.id })
      .expect(400);
    const cleared = await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', admin.bearer)
      .send({ registrationDeadline: '2026-03-26T18:00', capacity: 20 })
      .expect(200);
    expect(cleared.body).toMatchObject({
      registrationDeadline: '2026-03-26T18:00:00+01:00',
      registrationDeadlineSet: true,
      capacity: 20,
    });
    const back = await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', admin.bearer)
      .send({ registrationDeadline: null })
      .expect(200);
    expect(back.body.registrationDeadline).toBe('2026-03-27T09:00:00+01:00');
    const log = await get(admin, `/audit-log?subjectId=${event.id}`).expect(200);
    expect(log.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'event.update',
          actorId: host.id,
          details: { fields: ['title', 'description', 'visibility'] },
        }),
        expect.objectContaining({
          action: 'event.update',
          actorId: admin.id,
          details: { fields: ['capacity', 'registrationDeadline'] },
        }),
      ]),
    );
    expect(JSON.stringify(log.body.items)).not.toContain('Programme');
  });

  it('refuses a capacity below the number registered (422), accepts it equal', async () => {
    const event = await givenEvent(t, host, site.id, { capacity: 5 });
    for (let i = 0; i < 3; i++) await postRegistration(t, await givenMember(t), event.id).expect(201);
    const refused = await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', host.bearer)
      .send({ capacity: 2 })
      .expect(422);
    expect(refused.body).toMatchObject({
      type: expect.stringMatching(/capacity-below-registered$/),
      registeredCount: 3,
    });
    const equal = await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', host.bearer)
      .send({ capacity: 3 })
      .expect(200);
    expect(equal.body).toMatchObject({ capacity: 3, registeredCount: 3, placesLeft: 0 });
  });

  it('tells every registrant of a change of time, once per change, in their language', async () => {
    const event = await givenEvent(t, host, site.id, { title: 'Atelier LinkedIn', capacity: 1 });
    const registered = await givenMember(t, { locale: 'en' });
    const waiting = await givenMember(t);
    await postRegistration(t, registered, event.id).expect(201);
    await postRegistration(t, waiting, event.id).expect(201);
    await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', host.bearer)
      .send({ start: '2026-03-27T14:00', end: '2026-03-27T16:00' })
      .expect(200);
    const english = await eventually(async () =>
      smtp.to(registered.email).find((m) => m.subject === 'Event changed: Atelier LinkedIn'),
    );
    expect(english.text).toContain('on Friday 27 March 2026 from 14:00 to 16:00 (Tiers-lieu de Vic)');
    expect(english.text).toContain(`/agenda/${event.id}`);
    const french = await eventually(async () =>
      smtp.to(waiting.email).find((m) => m.subject === 'Événement modifié : Atelier LinkedIn'),
    );
    expect(french.text).toContain('le vendredi 27 mars 2026 de 14h00 à 16h00');
    // A change of the title alone is no change of time or place: nobody is mailed again.
    await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', host.bearer)
      .send({ title: 'Atelier CV' })
      .expect(200);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'event.changed' AND payload->>'registrationId' IN
         (SELECT id::text FROM event_registrations WHERE event_id = $1)`,
      [event.id],
    );
    expect(n).toBe(2);
  });

  it('publishes, then cancels: every registrant is told, cancelling twice changes nothing, and it is audited', async () => {
    const draft = await givenEvent(t, host, site.id, { title: 'Conférence fibre', capacity: 1 }, false);
    // A draft is not another host's to know of; a member is refused by role before that.
    await t.http.post(`/api/v1/events/${draft.id}/publish`).set('Authorization', otherHost.bearer).expect(404);
    await t.http.post(`/api/v1/events/${draft.id}/publish`).set('Authorization', member.bearer).expect(403);
    await t.http.post(`/api/v1/events/${draft.id}/publish`).expect(401);
    const published = await t.http
      .post(`/api/v1/events/${draft.id}/publish`)
      .set('Authorization', host.bearer)
      .expect(200);
    expect(published.body).toMatchObject({
      status: 'published',
      registrationOpen: true,
      publishedAt: expect.any(String),
    });
    await t.http.post(`/api/v1/events/${draft.id}/publish`).set('Authorization', host.bearer).expect(200);

    const first = await givenMember(t);
    const second = await givenMember(t);
    await postRegistration(t, first, draft.id).expect(201);
    expect((await postRegistration(t, second, draft.id).expect(201)).body).toMatchObject({ status: 'waitlisted' });

    await t.http.post(`/api/v1/events/${draft.id}/cancel`).set('Authorization', otherHost.bearer).expect(403);
    await t.http.post(`/api/v1/events/${draft.id}/cancel`).set('Authorization', member.bearer).expect(403);
    await t.http.post(`/api/v1/events/${draft.id}/cancel`).expect(401);
    const cancelled = await t.http
      .post(`/api/v1/events/${draft.id}/cancel`)
      .set('Authorization', host.bearer)
      .expect(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelledAt: expect.any(String),
      registrationOpen: false,
    });
    await t.http.post(`/api/v1/events/${draft.id}/cancel`).set('Authorization', admin.bearer).expect(200);
    for (const who of [first, second]) {
      await eventually(async () => smtp.to(who.email).find((m) => m.subject === 'Événement annulé : Conférence fibre'));
    }
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'event.cancelled' AND key LIKE 'event-cancelled-%'
         AND payload->>'registrationId' IN (SELECT id::text FROM event_registrations WHERE event_id = $1)`,
      [draft.id],
    );
    expect(n).toBe(2);
    const republish = await t.http
      .post(`/api/v1/events/${draft.id}/publish`)
      .set('Authorization', host.bearer)
      .expect(422);
    expect(republish.body.type).toMatch(/event-cancelled$/);
    const edit = await t.http
      .patch(`/api/v1/events/${draft.id}`)
      .set('Authorization', host.bearer)
      .send({ title: 'x' })
      .expect(422);
    expect(edit.body.type).toMatch(/event-cancelled$/);
    // Still visible by its id (people follow the mail's link), gone from the agenda.
    expect((await get(undefined, `/events/${draft.id}`).expect(200)).body.status).toBe('cancelled');
    const agenda = await get(undefined, '/events?limit=500').expect(200);
    expect(agenda.body.items.map((e: { id: string }) => e.id)).not.toContain(draft.id);
    const log = await get(admin, `/audit-log?subjectId=${draft.id}`).expect(200);
    expect(log.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'event.cancel', actorId: host.id, details: { registrants: 2 } }),
      ]),
    );
  });

  it('refuses to publish an event of a site that is not published (422)', async () => {
    const quiet = await givenSite(t, admin, {}, 'draft');
    const draft = await givenEvent(t, admin, quiet.id, {}, false);
    const refused = await t.http
      .post(`/api/v1/events/${draft.id}/publish`)
      .set('Authorization', admin.bearer)
      .expect(422);
    expect(refused.body.type).toMatch(/site-not-published$/);
  });

  it('duplicates an event as a draft one week later at the same local time, across the spring change', async () => {
    const original = await givenEvent(t, host, site.id, {
      title: 'Afterwork',
      category: 'afterwork',
      start: '2026-03-26T18:30',
      end: '2026-03-26T21:00',
      registrationDeadline: '2026-03-26T12:00',
      capacity: 30,
    });
    const copy = await t.http
      .post(`/api/v1/events/${original.id}/duplicate`)
      .set('Authorization', host.bearer)
      .expect(201);
    expect(copy.body).toMatchObject({
      status: 'draft',
      title: 'Afterwork',
      category: 'afterwork',
      capacity: 30,
      registeredCount: 0,
      start: '2026-04-02T18:30:00+02:00',
      end: '2026-04-02T21:00:00+02:00',
      registrationDeadline: '2026-04-02T12:00:00+02:00',
      seriesId: null,
    });
    expect(copy.body.id).not.toBe(original.id);
    const chosen = await t.http
      .post(`/api/v1/events/${original.id}/duplicate`)
      .set('Authorization', admin.bearer)
      .send({ start: '2026-05-07T18:00', title: 'Afterwork de mai' })
      .expect(201);
    expect(chosen.body).toMatchObject({
      title: 'Afterwork de mai',
      start: '2026-05-07T18:00:00+02:00',
      end: '2026-05-07T20:30:00+02:00',
    });
    await t.http.post(`/api/v1/events/${original.id}/duplicate`).set('Authorization', otherHost.bearer).expect(403);
    await t.http.post(`/api/v1/events/${original.id}/duplicate`).set('Authorization', member.bearer).expect(403);
    await t.http.post(`/api/v1/events/${original.id}/duplicate`).expect(401);
    await t.http
      .post(`/api/v1/events/${original.id}/duplicate`)
      .set('Authorization', host.bearer)
      .send({ start: '2026-03-01T18:00' })
      .expect(422);
  });
});
