import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenNewcomer, newcomerForm } from '../../testing/newcomers-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';
import { NewcomerNextActionHandler } from './newcomer-next-action.handler';
import { nextActionReminderKey } from './newcomers.service';

/** Sunday 29 November 2026, 15:00 in Paris. */
const NOW = new Date('2026-11-29T14:00:00Z');

/** The officers' follow-up of a file: next action reminders, the moment of settling, the pipeline's pages. */
describe('newcomers follow-up over HTTP', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let otherOfficer: TestAccount;

  const as = (who: TestAccount) => ({
    get: (path: string) => t.http.get(path).set('Authorization', who.bearer),
    patch: (path: string) => t.http.patch(path).set('Authorization', who.bearer),
  });
  /** The reminders still waiting to be sent for a file. */
  const pendingReminders = async (id: string): Promise<{ key: string; due_at: Date; payload: object }[]> =>
    t.dataSource.query(
      `SELECT key, due_at, payload FROM outbox_messages
       WHERE kind = 'newcomer.next-action-reminder' AND payload->>'newcomerId' = $1 AND sent_at IS NULL
       ORDER BY due_at`,
      [id],
    );

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await givenAdmin(t);
    otherOfficer = await givenAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps the structured wishes of the form and refuses out-of-range ones, naming each field', async () => {
    const { id } = await givenNewcomer(t, {
      adults: 1,
      children: 0,
      wishedArea: 'Lomagne',
      housing: 'rent',
      fibreNeeded: false,
      maxMinutesToStation: 0,
      maxMinutesToToulouse: 45,
      timing: 'undecided',
    });
    const file = (await as(admin).get(`/api/v1/newcomers/${id}`).expect(200)).body;
    expect(file).toMatchObject({
      adults: 1,
      children: 0,
      wishedArea: 'Lomagne',
      wishedCommune: null,
      housing: 'rent',
      fibreNeeded: false,
      maxMinutesToStation: 0,
      maxMinutesToToulouse: 45,
      timing: 'undecided',
      settledAt: null,
    });
    const fieldsOf = async (body: Record<string, unknown>) =>
      (await t.http.post('/api/v1/newcomers').send(newcomerForm(body)).expect(400)).body.errors.map(
        (e: { field: string }) => e.field,
      );
    expect(await fieldsOf({ adults: 0 })).toEqual(['adults']);
    expect(await fieldsOf({ maxMinutesToToulouse: 601 })).toEqual(['maxMinutesToToulouse']);
    expect(await fieldsOf({ maxMinutesToStation: 12.5 })).toEqual(['maxMinutesToStation']);
    expect(await fieldsOf({ fibreNeeded: 'yes' })).toEqual(['fibreNeeded']);
    expect(await fieldsOf({ housing: 'castle' })).toEqual(['housing']);
    expect(await fieldsOf({ wishedArea: '' })).toEqual(['wishedArea']);
  });

  it('moves the reminder when the next action date moves, and takes it back when the date is cleared', async () => {
    const { id } = await givenNewcomer(t);
    await as(admin)
      .patch(`/api/v1/newcomers/${id}`)
      .send({ officerId: otherOfficer.id, nextActionDate: '2026-12-04', nextActionNote: 'Appeler' })
      .expect(200);
    expect((await pendingReminders(id)).map((row) => row.key)).toEqual([
      nextActionReminderKey(id, '2026-12-04', otherOfficer.id),
    ]);

    // Another date: one reminder, on the new date at 08:00 Paris; the first is gone.
    const moved = await as(admin).patch(`/api/v1/newcomers/${id}`).send({ nextActionDate: '2026-12-10' }).expect(200);
    expect(moved.body).toMatchObject({ nextActionDate: '2026-12-10', nextActionNote: 'Appeler' });
    const afterMove = await pendingReminders(id);
    expect(afterMove.map((row) => [row.key, row.due_at.toISOString()])).toEqual([
      [nextActionReminderKey(id, '2026-12-10', otherOfficer.id), '2026-12-10T07:00:00.000Z'],
    ]);
    expect(afterMove[0].payload).toEqual({ newcomerId: id, officerId: otherOfficer.id, date: '2026-12-10' });

    // Another officer: the reminder goes to them instead.
    await as(admin).patch(`/api/v1/newcomers/${id}`).send({ officerId: admin.id }).expect(200);
    expect((await pendingReminders(id)).map((row) => row.key)).toEqual([
      nextActionReminderKey(id, '2026-12-10', admin.id),
    ]);

    // Cleared: nothing left to send.
    const cleared = await as(admin)
      .patch(`/api/v1/newcomers/${id}`)
      .send({ nextActionDate: null, nextActionNote: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ nextActionDate: null, nextActionNote: null });
    expect(await pendingReminders(id)).toEqual([]);
    expect(cleared.body.timeline.at(-1)).toMatchObject({ kind: 'next_action', value: null, text: null });

    // The same date again is a reminder again (its key was freed).
    await as(admin).patch(`/api/v1/newcomers/${id}`).send({ nextActionDate: '2026-12-10' }).expect(200);
    const again = await pendingReminders(id);
    expect(again.map((row) => row.key)).toEqual([nextActionReminderKey(id, '2026-12-10', admin.id)]);
    expect(await t.app.get(NewcomerNextActionHandler).handle(again[0].payload as Record<string, string>)).toBe('sent');
  });

  it('leaves a reminder already on its way alone: its handler skips it once the date moved', async () => {
    const { id } = await givenNewcomer(t);
    await as(admin)
      .patch(`/api/v1/newcomers/${id}`)
      .send({ officerId: admin.id, nextActionDate: '2026-12-04' })
      .expect(200);
    const [first] = await pendingReminders(id);
    // Handed to the queue: no longer the outbox's to take back.
    await t.dataSource.query(`UPDATE outbox_messages SET relayed_at = $2 WHERE key = $1`, [first.key, NOW]);
    await as(admin).patch(`/api/v1/newcomers/${id}`).send({ nextActionDate: null }).expect(200);
    const [kept] = await t.dataSource.query(`SELECT key FROM outbox_messages WHERE key = $1`, [first.key]);
    expect(kept.key).toBe(first.key);
    expect(await t.app.get(NewcomerNextActionHandler).handle(first.payload as Record<string, string>)).toBe('skipped');
  });

  it('records when a file became settled, keeps it while settled, clears it when the file moves back', async () => {
    const { id } = await givenNewcomer(t);
    // Access tokens are short-lived: an officer signs in again at each moment the clock is moved to.
    const officerAt = async (instant: string) => {
      clock.set(new Date(instant));
      return givenAdmin(t);
    };
    let officer = await officerAt('2027-03-15T09:30:00Z');
    const settled = await as(officer).patch(`/api/v1/newcomers/${id}`).send({ status: 'settled' }).expect(200);
    expect(settled.body.settledAt).toBe('2027-03-15T10:30:00+01:00');

    officer = await officerAt('2027-04-01T09:00:00Z');
    const later = await as(officer).patch(`/api/v1/newcomers/${id}`).send({ welcomeCommuneCode: '32013' }).expect(200);
    expect(later.body.settledAt).toBe('2027-03-15T10:30:00+01:00');
    const unchanged = await as(officer).patch(`/api/v1/newcomers/${id}`).send({ status: 'settled' }).expect(200);
    expect(unchanged.body.settledAt).toBe('2027-03-15T10:30:00+01:00');

    const back = await as(officer).patch(`/api/v1/newcomers/${id}`).send({ status: 'visiting' }).expect(200);
    expect(back.body.settledAt).toBeNull();
    const again = await as(officer).patch(`/api/v1/newcomers/${id}`).send({ status: 'settled' }).expect(200);
    expect(again.body.settledAt).toBe('2027-04-01T11:00:00+02:00');
    clock.set(NOW);

    // The database keeps the rule: a settled file has its date, any other has none.
    await expect(t.dataSource.query(`UPDATE newcomers SET settled_at = NULL WHERE id = $1`, [id])).rejects.toThrow(
      /newcomers_settled_at_check/,
    );
    await expect(t.dataSource.query(`UPDATE newcomers SET status = 'dropped' WHERE id = $1`, [id])).rejects.toThrow(
      /newcomers_settled_at_check/,
    );
  });

  it('reaches every file of a long pipeline a page at a time, each once, with the same total on every page', async () => {
    const officer = await givenAdmin(t);
    // 230 files of one officer (more than the 200 the board used to show), inserted directly: the form's
    // path is covered above, this is about the list.
    await t.dataSource.query(
      `INSERT INTO newcomers (first_name, last_name, email, current_city, profession, project_kind, wishes, status,
         officer_id, consented_at, retain_until, created_at, updated_at)
       SELECT 'Page', 'File-' || i, 'page-' || i || '@example.fr', 'Paris', 'Graphiste', 'telework', 'Un village',
         'contacted', $1, $2, $2::timestamptz + interval '3 years', $2::timestamptz - make_interval(mins => i), $2
       FROM generate_series(1, 230) AS i`,
      [officer.id, NOW],
    );
    const seen: string[] = [];
    for (let offset = 0; offset < 230; offset += 100) {
      const page = await as(admin)
        .get(`/api/v1/newcomers?status=contacted&officerId=${officer.id}&limit=100&offset=${offset}`)
        .expect(200);
      expect(page.body.total).toBe(230);
      seen.push(...page.body.items.map((item: { lastName: string }) => item.lastName));
    }
    expect(seen).toHaveLength(230);
    expect(new Set(seen).size).toBe(230);
    // Newest first: File-1 was created a minute before now, File-230 230 minutes before.
    expect(seen[0]).toBe('File-1');
    expect(seen.at(-1)).toBe('File-230');
    const past = await as(admin).get(`/api/v1/newcomers?officerId=${officer.id}&offset=230`).expect(200);
    expect(past.body).toEqual({ items: [], total: 230 });
    for (const bad of ['limit=0', 'limit=501', 'offset=-1', 'limit=ten']) {
      const refused = await as(admin).get(`/api/v1/newcomers?${bad}`).expect(400);
      expect(new Set(refused.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set([bad.split('=')[0]]));
    }
  });

  it('refuses a member the pipeline pages', async () => {
    const member = await givenMember(t);
    await t.http.get('/api/v1/newcomers?limit=10&offset=10').set('Authorization', member.bearer).expect(403);
    await t.http.get('/api/v1/newcomers?limit=10&offset=10').expect(401);
  });
});
