import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenNewcomer, newcomerForm } from '../../testing/newcomers-fixtures';
import { givenHost, givenSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { NewcomerNextActionHandler } from './newcomer-next-action.handler';
import { NewcomerRetentionTask } from './newcomer-retention.task';
import { nextActionReminderKey } from './newcomers.service';

const NO_ONE = '00000000-0000-4000-8000-000000000000';
/** Sunday 29 November 2026, 15:00 in Paris. */
const NOW = new Date('2026-11-29T14:00:00Z');
/** The app's limit for this spec: above what the other tests post, reached on purpose by the last one. */
const LIMIT = 40;

describe('newcomers (Soho Solo) over HTTP', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let otherOfficer: TestAccount;
  let member: TestAccount;
  let host: TestAccount;

  const as = (who: TestAccount) => ({
    get: (path: string) => t.http.get(path).set('Authorization', who.bearer),
    patch: (path: string) => t.http.patch(path).set('Authorization', who.bearer),
    post: (path: string) => t.http.post(path).set('Authorization', who.bearer),
    delete: (path: string) => t.http.delete(path).set('Authorization', who.bearer),
  });
  const submit = (body: Record<string, unknown>) => t.http.post('/api/v1/newcomers').send(body);
  const fileCount = async (): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM newcomers`))[0].n;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({
      clock,
      env: {
        SMTP_URL: await smtp.start(),
        PUBLIC_URL: 'https://bastide.example.fr',
        RATE_LIMIT_PER_MINUTE: `${LIMIT}`,
      },
    });
    admin = await givenAdmin(t);
    otherOfficer = await givenAdmin(t);
    member = await givenMember(t);
    const site = await givenSite(t, admin, { name: 'Tiers-lieu d’Auch' });
    host = await givenHost(t, admin, site.id);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('opens a file from the public form, answers only its id and status, and acknowledges it by mail', async () => {
    const body = newcomerForm({
      firstName: 'Claire',
      lastName: 'Dupuy',
      email: '  Claire.Dupuy@Example.FR ',
      currentCity: 'Bordeaux',
      profession: 'Graphiste',
      projectKind: 'freelance',
      wishes: 'Un village avec une école, la fibre, à moins d’une heure de Toulouse',
      phone: '06 12 34 56 78',
      adults: 2,
      children: 2,
      wishedArea: 'Astarac',
      wishedCommuneCode: '32013',
      housing: 'buy',
      fibreNeeded: true,
      maxMinutesToStation: 20,
      maxMinutesToToulouse: 60,
      timing: 'within_a_year',
    });
    const created = await submit(body).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), status: 'new' });

    const mail = await eventually(async () => smtp.to('claire.dupuy@example.fr')[0]);
    expect(mail.subject).toBe('Soho Solo : nous avons bien reçu votre demande');
    expect(mail.text).toContain('Bonjour Claire,');
    expect(mail.text).toContain('nous gardons votre dossier 3 ans après notre dernier échange');
    expect(mail.text).toContain('parce que vous avez écrit au réseau par le formulaire Soho Solo');
    expect(mail.text).not.toContain('parce que vous avez un compte');

    const file = await eventually(async () => {
      const read = await as(admin).get(`/api/v1/newcomers/${created.body.id}`).expect(200);
      return read.body.timeline.length === 2 && read.body;
    });
    expect(file).toEqual({
      id: created.body.id,
      status: 'new',
      firstName: 'Claire',
      lastName: 'Dupuy',
      email: 'claire.dupuy@example.fr',
      phone: '06 12 34 56 78',
      currentCity: 'Bordeaux',
      profession: 'Graphiste',
      projectKind: 'freelance',
      wishes: 'Un village avec une école, la fibre, à moins d’une heure de Toulouse',
      adults: 2,
      children: 2,
      wishedArea: 'Astarac',
      wishedCommune: { code: '32013', name: 'Auch' },
      housing: 'buy',
      fibreNeeded: true,
      maxMinutesToStation: 20,
      maxMinutesToToulouse: 60,
      timing: 'within_a_year',
      locale: 'fr',
      officer: null,
      welcomeCommune: null,
      nextActionDate: null,
      nextActionNote: null,
      consentedAt: '2026-11-29T15:00:00+01:00',
      retainUntil: '2029-11-29T15:00:00+01:00',
      settledAt: null,
      anonymised: false,
      createdAt: '2026-11-29T15:00:00+01:00',
      updatedAt: '2026-11-29T15:00:00+01:00',
      timeline: [
        {
          id: expect.any(String),
          kind: 'created',
          at: '2026-11-29T15:00:00+01:00',
          author: null,
          text: null,
          value: null,
        },
        {
          id: expect.any(String),
          kind: 'mail',
          at: '2026-11-29T15:00:00+01:00',
          author: null,
          text: null,
          value: 'acknowledgement',
        },
      ],
    });
  });

  it('writes the acknowledgement in English when the form was', async () => {
    const body = newcomerForm({ locale: 'en', firstName: 'Jane' });
    await submit(body).expect(201);
    const mail = await eventually(async () => smtp.to(body.email as string)[0]);
    expect(mail.subject).toBe('Soho Solo: we have received your request');
    expect(mail.text).toContain('Hello Jane,');
    expect(mail.text).toContain('we keep your file for 3 years after our last exchange');
    expect(mail.text).toContain('because you wrote to the network through the Soho Solo form');
  });

  it('refuses the form without consent (400 naming consent) and stores nothing', async () => {
    const before = await fileCount();
    for (const consent of [undefined, false, 'true']) {
      const refused = await submit(newcomerForm({ consent })).expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['consent']);
    }
    expect(await fileCount()).toBe(before);
  });

  it('refuses bad fields: project kind, e-mail, an unknown wished commune, an unknown field', async () => {
    const fieldsOf = async (body: Record<string, unknown>) =>
      (await submit(body).expect(400)).body.errors.map((e: { field: string }) => e.field);
    expect(await fieldsOf(newcomerForm({ projectKind: 'remote' }))).toEqual(['projectKind']);
    expect(await fieldsOf(newcomerForm({ email: 'not an address' }))).toEqual(['email']);
    expect(await fieldsOf(newcomerForm({ firstName: '' }))).toEqual(['firstName']);
    expect(await fieldsOf(newcomerForm({ children: -1 }))).toEqual(['children']);
    expect(await fieldsOf(newcomerForm({ wishedCommuneCode: '99999' }))).toEqual(['wishedCommuneCode']);
    expect(await fieldsOf(newcomerForm({ timing: 'tomorrow' }))).toEqual(['timing']);
    expect(await fieldsOf(newcomerForm({ status: 'settled' }))).toEqual(['status']);
  });

  it('answers a filled honeypot as if accepted, but stores nothing and sends nothing', async () => {
    const before = await fileCount();
    const body = newcomerForm({ website: 'https://cheap-pills.example' });
    const answer = await submit(body).expect(201);
    expect(answer.body).toEqual({ id: expect.any(String), status: 'new' });
    expect(await fileCount()).toBe(before);
    await as(admin).get(`/api/v1/newcomers/${answer.body.id}`).expect(404);
    const rows = await t.dataSource.query(`SELECT 1 FROM outbox_messages WHERE payload->>'newcomerId' = $1`, [
      answer.body.id,
    ]);
    expect(rows).toEqual([]);
    // An empty honeypot is a person's form.
    await submit(newcomerForm({ website: '' })).expect(201);
    expect(await fileCount()).toBe(before + 1);
  });

  it('lets only officers read and act on files: anonymous 401, members and hosts 403', async () => {
    const { id } = await givenNewcomer(t);
    const routes: [method: 'get' | 'patch' | 'post' | 'delete', path: string, body?: object][] = [
      ['get', '/api/v1/newcomers'],
      ['get', `/api/v1/newcomers/${id}`],
      ['patch', `/api/v1/newcomers/${id}`, { status: 'contacted' }],
      ['post', `/api/v1/newcomers/${id}/notes`, { text: 'Hello' }],
      ['delete', `/api/v1/newcomers/${id}`],
    ];
    for (const [method, path, body] of routes) {
      await t.http[method](path).send(body).expect(401);
      for (const who of [member, host]) await as(who)[method](path).send(body).expect(403);
    }
    const file = await as(admin).get(`/api/v1/newcomers/${id}`).expect(200);
    expect(file.body.status).toBe('new');
    expect(file.body.timeline.filter((e: { kind: string }) => e.kind === 'note')).toEqual([]);
  });

  it('moves a file in any order, assigns an officer and a welcome commune, each change on the timeline', async () => {
    const { id } = await givenNewcomer(t, { firstName: 'Marc' });
    const changed = await as(admin)
      .patch(`/api/v1/newcomers/${id}`)
      .send({
        status: 'visiting',
        officerId: otherOfficer.id,
        welcomeCommuneCode: '32013',
        nextActionDate: '2026-12-04',
        nextActionNote: 'Rappeler après la visite',
      })
      .expect(200);
    expect(changed.body).toMatchObject({
      id,
      status: 'visiting',
      officer: { id: otherOfficer.id, firstName: 'Agnès', lastName: 'Officer' },
      welcomeCommune: { code: '32013', name: 'Auch' },
      nextActionDate: '2026-12-04',
      nextActionNote: 'Rappeler après la visite',
    });
    const officerRef = { id: admin.id, firstName: 'Agnès', lastName: 'Officer' };
    expect(changed.body.timeline.slice(-4)).toEqual([
      expect.objectContaining({ kind: 'status', value: 'visiting', author: officerRef }),
      expect.objectContaining({ kind: 'officer', value: otherOfficer.id, author: officerRef }),
      expect.objectContaining({ kind: 'welcome_commune', value: '32013', author: officerRef }),
      expect.objectContaining({ kind: 'next_action', value: '2026-12-04', text: 'Rappeler après la visite' }),
    ]);

    // Backwards is allowed (plans change); null clears; the same value again writes nothing.
    const back = await as(admin)
      .patch(`/api/v1/newcomers/${id}`)
      .send({ status: 'new', officerId: null, welcomeCommuneCode: null, nextActionDate: null, nextActionNote: null })
      .expect(200);
    expect(back.body).toMatchObject({ status: 'new', officer: null, welcomeCommune: null, nextActionDate: null });
    const again = await as(admin).patch(`/api/v1/newcomers/${id}`).send({ status: 'new' }).expect(200);
    expect(again.body.timeline).toHaveLength(back.body.timeline.length);

    const audit = await t.dataSource.query(
      `SELECT action FROM audit_log WHERE subject_type = 'newcomer' AND subject_id = $1 ORDER BY at, id`,
      [id],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['newcomer.update', 'newcomer.update']);
  });

  it('reminds the officer in charge of the next action at 08:00 Paris on its date, unless the file moved on', async () => {
    const { id } = await givenNewcomer(t, { firstName: 'Léa', lastName: 'Rappel' });
    await as(admin)
      .patch(`/api/v1/newcomers/${id}`)
      .send({ officerId: otherOfficer.id, nextActionDate: '2026-12-04', nextActionNote: 'Appeler la mairie' })
      .expect(200);
    const [row] = await t.dataSource.query(
      `SELECT key, payload, due_at FROM outbox_messages WHERE kind = $1 AND payload->>'newcomerId' = $2`,
      ['newcomer.next-action-reminder', id],
    );
    expect(row.key).toBe(nextActionReminderKey(id, '2026-12-04', otherOfficer.id));
    expect(row.due_at.toISOString()).toBe('2026-12-04T07:00:00.000Z');
    const handler = t.app.get(NewcomerNextActionHandler);
    expect(await handler.handle(row.payload)).toBe('sent');
    const mail = smtp.to(otherOfficer.email).find((m) => /^Soho Solo : prochaine action/.test(m.subject ?? ''));
    expect(mail?.subject).toBe("Soho Solo : prochaine action pour Léa Rappel aujourd'hui");
    expect(mail?.text).toContain('vendredi 4 décembre 2026');
    expect(mail?.text).toContain('À faire : Appeler la mairie');
    expect(mail?.text).toContain(`https://bastide.example.fr/reseau/nouveaux-arrivants/${id}`);
    // Moved to another day: the first reminder is stale.
    await as(admin).patch(`/api/v1/newcomers/${id}`).send({ nextActionDate: '2026-12-07' }).expect(200);
    expect(await handler.handle(row.payload)).toBe('skipped');
  });

  it('refuses a PATCH with an unknown status, a non-officer, an unknown commune, or of an unknown file', async () => {
    const { id } = await givenNewcomer(t);
    const fieldsOf = async (body: Record<string, unknown>) =>
      (await as(admin).patch(`/api/v1/newcomers/${id}`).send(body).expect(400)).body.errors.map(
        (e: { field: string }) => e.field,
      );
    expect(await fieldsOf({ status: 'archived' })).toEqual(['status']);
    expect(await fieldsOf({ officerId: member.id })).toEqual(['officerId']);
    expect(await fieldsOf({ officerId: NO_ONE })).toEqual(['officerId']);
    expect(await fieldsOf({ officerId: 'someone' })).toEqual(['officerId']);
    expect(await fieldsOf({ welcomeCommuneCode: '99999' })).toEqual(['welcomeCommuneCode']);
    expect(await fieldsOf({ welcomeCommuneCode: 'Auch' })).toEqual(['welcomeCommuneCode']);
    expect(await fieldsOf({ nextActionDate: '2026-02-30' })).toEqual(['nextActionDate']);
    expect(await fieldsOf({ email: 'x@example.fr' })).toEqual(['email']);
    expect((await as(admin).get(`/api/v1/newcomers/${id}`).expect(200)).body.status).toBe('new');

    await as(admin).patch(`/api/v1/newcomers/${NO_ONE}`).send({ status: 'contacted' }).expect(404);
    await as(admin).patch('/api/v1/newcomers/not-a-uuid').send({ status: 'contacted' }).expect(404);
    await as(admin).get(`/api/v1/newcomers/${NO_ONE}`).expect(404);
    await as(admin).get('/api/v1/newcomers/not-a-uuid').expect(404);
    await as(admin).post(`/api/v1/newcomers/${NO_ONE}/notes`).send({ text: 'Hello' }).expect(404);
    await as(admin).delete(`/api/v1/newcomers/${NO_ONE}`).expect(404);
  });

  it('adds dated notes with their author, kept in the order written', async () => {
    const { id } = await givenNewcomer(t);
    const first = await as(admin).post(`/api/v1/newcomers/${id}/notes`).send({ text: '  Appelée : visite samedi.  ' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: expect.any(String),
      kind: 'note',
      at: '2026-11-29T15:00:00+01:00',
      author: { id: admin.id, firstName: 'Agnès', lastName: 'Officer' },
      text: 'Appelée : visite samedi.',
      value: null,
    });
    await as(otherOfficer).post(`/api/v1/newcomers/${id}/notes`).send({ text: 'Visite faite à Mirande.' }).expect(201);
    await as(admin).post(`/api/v1/newcomers/${id}/notes`).send({ text: '' }).expect(400);
    await as(admin).post(`/api/v1/newcomers/${id}/notes`).send({}).expect(400);
    const notes = (await as(admin).get(`/api/v1/newcomers/${id}`).expect(200)).body.timeline.filter(
      (entry: { kind: string }) => entry.kind === 'note',
    );
    expect(notes.map((note: { text: string; author: { id: string } }) => [note.text, note.author.id])).toEqual([
      ['Appelée : visite samedi.', admin.id],
      ['Visite faite à Mirande.', otherOfficer.id],
    ]);
  });

  it('lists the pipeline by status and officer, newest first, as { items, total }', async () => {
    const { id: a } = await givenNewcomer(t, { lastName: 'Pipeline-A' });
    const { id: b } = await givenNewcomer(t, { lastName: 'Pipeline-B' });
    await as(admin).patch(`/api/v1/newcomers/${a}`).send({ status: 'settled', officerId: otherOfficer.id }).expect(200);
    await as(admin).patch(`/api/v1/newcomers/${b}`).send({ status: 'settled' }).expect(200);
    const settled = await as(admin).get('/api/v1/newcomers?status=settled').expect(200);
    expect(settled.body.total).toBe(2);
    expect(settled.body.items.map((item: { id: string }) => item.id).sort()).toEqual([a, b].sort());
    const mine = await as(admin).get(`/api/v1/newcomers?status=settled&officerId=${otherOfficer.id}`).expect(200);
    expect(mine.body).toMatchObject({ total: 1, items: [{ id: a, lastName: 'Pipeline-A' }] });
    expect(mine.body.items[0]).not.toHaveProperty('timeline');
    const page = await as(admin).get('/api/v1/newcomers?limit=1&offset=1').expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThan(2);
    await as(admin).get('/api/v1/newcomers?status=archived').expect(400);
    await as(admin).get('/api/v1/newcomers?officerId=someone').expect(400);
  });

  it('erases a file on request: personal data and notes blanked, kept out of the pipeline, no more changes', async () => {
    const { id } = await givenNewcomer(t, { lastName: 'Effacée', projectKind: 'freelance' });
    await as(admin).post(`/api/v1/newcomers/${id}/notes`).send({ text: 'Habite au 3 rue des Lilas' }).expect(201);
    await as(admin).delete(`/api/v1/newcomers/${id}`).expect(204);
    const file = (await as(admin).get(`/api/v1/newcomers/${id}`).expect(200)).body;
    expect(file).toMatchObject({
      anonymised: true,
      firstName: '',
      lastName: '',
      email: '',
      phone: null,
      wishes: '',
      projectKind: 'freelance',
    });
    expect(JSON.stringify(file)).not.toContain('Lilas');
    expect(file.timeline.at(-1)).toMatchObject({ kind: 'anonymised', author: { id: admin.id } });
    const listed = await as(admin).get('/api/v1/newcomers?limit=500').expect(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    await as(admin).patch(`/api/v1/newcomers/${id}`).send({ status: 'contacted' }).expect(404);
    await as(admin).post(`/api/v1/newcomers/${id}/notes`).send({ text: 'Hello' }).expect(404);
    await as(admin).delete(`/api/v1/newcomers/${id}`).expect(404);
  });

  it('anonymises at 03:00 exactly the files past their retention date: idle three years, or dropped six months', async () => {
    const start = DateTime.fromISO('2027-01-10T10:00:00', { zone: 'Europe/Paris' });
    clock.set(start.toJSDate());
    const { id: idle } = await givenNewcomer(t, { lastName: 'Idle' });
    const { id: noted } = await givenNewcomer(t, { lastName: 'Noted' });
    const { id: dropped } = await givenNewcomer(t, { lastName: 'Dropped' });
    const { id: reopened } = await givenNewcomer(t, { lastName: 'Reopened' });

    // Access tokens are short-lived: an officer signs in again at each moment the clock is moved to.
    const officerAt = async (instant: DateTime) => {
      clock.set(instant.toJSDate());
      return givenAdmin(t);
    };
    let officer = await officerAt(start.plus({ years: 2 }));
    await as(officer).post(`/api/v1/newcomers/${noted}/notes`).send({ text: 'Toujours intéressée.' }).expect(201);
    officer = await officerAt(start.plus({ years: 2, months: 1 }));
    await as(officer).patch(`/api/v1/newcomers/${dropped}`).send({ status: 'dropped' }).expect(200);
    await as(officer).patch(`/api/v1/newcomers/${reopened}`).send({ status: 'dropped' }).expect(200);
    officer = await officerAt(start.plus({ years: 2, months: 3 }));
    await as(officer).patch(`/api/v1/newcomers/${reopened}`).send({ status: 'contacted' }).expect(200);

    const task = t.app.get(NewcomerRetentionTask);
    // A minute before the idle file's date: only the file dropped eleven months ago goes.
    const justBefore = start.plus({ years: 3, minutes: -1 }).toJSDate();
    clock.set(justBefore);
    await task.run(justBefore);
    const afterFirst = await t.dataSource.query(
      `SELECT id FROM newcomers WHERE anonymised_at IS NOT NULL AND id = ANY($1)`,
      [[idle, noted, dropped, reopened]],
    );
    expect(afterFirst.map((row: { id: string }) => row.id)).toEqual([dropped]);

    const nextNight = start.plus({ years: 3, days: 1 }).set({ hour: 3, minute: 0 }).toJSDate();
    clock.set(nextNight);
    await task.run(nextNight);
    await task.run(nextNight);
    const kept = await t.dataSource.query(
      `SELECT id FROM newcomers WHERE anonymised_at IS NULL AND id = ANY($1) ORDER BY last_name`,
      [[idle, noted, dropped, reopened]],
    );
    expect(kept.map((row: { id: string }) => row.id)).toEqual([noted, reopened]);
    officer = await officerAt(DateTime.fromJSDate(nextNight));
    const idleFile = (await as(officer).get(`/api/v1/newcomers/${idle}`).expect(200)).body;
    expect(idleFile).toMatchObject({ anonymised: true, lastName: '', email: '' });
    expect(idleFile.timeline.filter((e: { kind: string }) => e.kind === 'anonymised')).toEqual([
      expect.objectContaining({ author: null }),
    ]);
    clock.set(NOW);
  });

  it('limits the form to RATE_LIMIT_PER_MINUTE requests a minute from one address (429 with Retry-After)', async () => {
    // Honeypot posts count as much as any: the limit is on the address, whatever it sends.
    let answer;
    for (let i = 0; i <= LIMIT; i++) {
      answer = await submit(newcomerForm({ website: 'robot' }));
      if (answer.status === 429) break;
      expect(answer.status).toBe(201);
    }
    expect(answer!.status).toBe(429);
    expect(answer!.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer!.body.retryAfterSeconds).toBeGreaterThan(0);
  });
});
