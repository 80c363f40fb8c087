import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, TEST_PASSWORD, TestAccount } from '../../testing/accounts';
import { givenNewcomer, trialDayLinkMailedTo } from '../../testing/newcomers-fixtures';
import { givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, TestApp } from '../../testing/test-app';
import { welcomeVillageRequest } from '../../testing/welcome-villages-fixtures';
import { nextActionReminderKey } from './newcomers.service';

/** Monday 30 November 2026, 10:00 in Paris. */
const NOW = new Date('2026-11-30T09:00:00Z');
/** A working day at the test site, three days ahead. */
const DAY = '2026-12-03';
/** How many requests are put in flight at once to race a rule. */
const AT_ONCE = 6;

/**
 * The rules of the newcomers' files and of the welcome villages, tried the way they could break: through the API
 * (a problem document, never a 500, also with requests racing each other) and straight in SQL (the database
 * refuses the row, naming its constraint).
 */
describe('newcomers and welcome villages: their rules, tried and broken', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let officer: TestAccount;
  let site: TestSite;

  const as = (who: TestAccount) => ({
    patch: (path: string) => t.http.patch(path).set('Authorization', who.bearer),
    post: (path: string) => t.http.post(path).set('Authorization', who.bearer),
    delete: (path: string) => t.http.delete(path).set('Authorization', who.bearer),
  });
  const offer = (who: TestAccount, newcomerId: string, date: string) =>
    as(who).post(`/api/v1/newcomers/${newcomerId}/trial-days`).send({ siteId: site.id, date });
  /** An answer that is the documented problem document. */
  const expectProblem = (response: Response, status: number, type: string) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toMatch(new RegExp(`/${type}$`));
  };
  /** The statement is refused by PostgreSQL because of `constraint`, whatever else it might have tripped. */
  const expectRefusedBy = async (constraint: string, sql: string, params: unknown[] = []) => {
    const refusal = await t.dataSource.query(sql, params).then(
      () => undefined,
      (error: { driverError?: { constraint?: string } }) => error,
    );
    expect(refusal?.driverError?.constraint).toBe(constraint);
  };
  /** Fires every request at once and waits for all the answers. */
  const atOnce = (requests: (() => PromiseLike<Response>)[]) => Promise.all(requests.map((request) => request()));
  const statuses = (responses: Response[]) => responses.map((response) => response.status).sort();

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start(), PUBLIC_URL: 'https://bastide.example.fr' } });
    officer = await givenAdmin(t);
    site = await givenSite(t, officer, { name: 'Tiers-lieu d’Auch' });
    for (const name of ['Bureau 1', 'Bureau 2']) await givenResource(t, officer, site.id, { name });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  describe('next action reminders', () => {
    /** The file's reminders still in the outbox, unsent, due by `at` (any time when not given). */
    const reminders = async (newcomerId: string, at?: Date): Promise<{ key: string; due_at: Date }[]> =>
      t.dataSource.query(
        `SELECT key, due_at FROM outbox_messages
         WHERE kind = 'newcomer.next-action-reminder' AND payload->>'newcomerId' = $1 AND sent_at IS NULL
           AND ($2::timestamptz IS NULL OR due_at <= $2)
         ORDER BY due_at`,
        [newcomerId, at ?? null],
      );
    const outboxRow = async (key: string) =>
      (await t.dataSource.query(`SELECT key FROM outbox_messages WHERE key = $1`, [key]))[0];

    it('withdraws the waiting reminder when the date moves and when it is cleared; the new date’s is the only one due', async () => {
      const file = await givenNewcomer(t);
      const first = nextActionReminderKey(file.id, '2026-12-04', officer.id);
      await as(officer)
        .patch(`/api/v1/newcomers/${file.id}`)
        .send({ officerId: officer.id, nextActionDate: '2026-12-04', nextActionNote: 'Rappeler' })
        .expect(200);
      expect(await outboxRow(first)).toEqual({ key: first });

      await as(officer).patch(`/api/v1/newcomers/${file.id}`).send({ nextActionDate: '2026-12-10' }).expect(200);
      const moved = nextActionReminderKey(file.id, '2026-12-10', officer.id);
      // Taken back from the outbox, not merely left for its handler to skip.
      expect(await outboxRow(first)).toBeUndefined();
      expect((await reminders(file.id)).map((row) => [row.key, row.due_at.toISOString()])).toEqual([
        [moved, '2026-12-10T07:00:00.000Z'],
      ]);
      // Nothing is due on the old date's morning; on the new one's, its reminder alone.
      expect(await reminders(file.id, new Date('2026-12-04T07:00:00Z'))).toEqual([]);
      expect((await reminders(file.id, new Date('2026-12-10T07:00:00Z'))).map((row) => row.key)).toEqual([moved]);

      await as(officer).patch(`/api/v1/newcomers/${file.id}`).send({ nextActionDate: null }).expect(200);
      expect(await outboxRow(moved)).toBeUndefined();
      expect(await reminders(file.id)).toEqual([]);
    });

    it('leaves one reminder, for the date the file ends with, when officers move the date at once', async () => {
      const file = await givenNewcomer(t);
      await as(officer).patch(`/api/v1/newcomers/${file.id}`).send({ officerId: officer.id }).expect(200);
      const dates = Array.from({ length: AT_ONCE }, (_, i) => `2026-12-${String(i + 7).padStart(2, '0')}`);
      const answers = await atOnce(
        dates.map((date) => () => as(officer).patch(`/api/v1/newcomers/${file.id}`).send({ nextActionDate: date })),
      );
      expect(statuses(answers)).toEqual(dates.map(() => 200));
      const [{ day }] = await t.dataSource.query(
        `SELECT to_char(next_action_date, 'YYYY-MM-DD') AS day FROM newcomers WHERE id = $1`,
        [file.id],
      );
      expect(dates).toContain(day);
      expect((await reminders(file.id)).map((row) => row.key)).toEqual([
        nextActionReminderKey(file.id, day, officer.id),
      ]);
    });

    it('answers a date that is none with a 400 naming the field; the outbox holds one message per key', async () => {
      const file = await givenNewcomer(t);
      for (const nextActionDate of ['2026-02-30', '04/12/2026', 'demain']) {
        const refused = await as(officer)
          .patch(`/api/v1/newcomers/${file.id}`)
          .send({ officerId: officer.id, nextActionDate });
        expectProblem(refused, 400, 'invalid-input');
        expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['nextActionDate']);
      }
      await as(officer)
        .patch(`/api/v1/newcomers/${file.id}`)
        .send({ officerId: officer.id, nextActionDate: '2026-12-04' })
        .expect(200);
      await expectRefusedBy(
        'outbox_messages_key_key',
        `INSERT INTO outbox_messages (kind, key, payload, due_at) VALUES ('newcomer.next-action-reminder', $1, $2, $3)`,
        [
          nextActionReminderKey(file.id, '2026-12-04', officer.id),
          JSON.stringify({ newcomerId: file.id, officerId: officer.id, date: '2026-12-04' }),
          '2026-12-04T07:00:00Z',
        ],
      );
    });
  });

  describe('trial days: one invitation waiting per file', () => {
    /** A second waiting invitation written straight into the table, beside whatever the file has. */
    const insertPending = (newcomerId: string) =>
      expectRefusedBy(
        'newcomer_trial_days_one_pending_key',
        `INSERT INTO newcomer_trial_days (newcomer_id, site_id, kind, date, slot, expires_at, offered_at)
         VALUES ($1, $2, 'desk', $3::date, 'full_day', $4, $5)`,
        [newcomerId, site.id, DAY, '2026-12-03T07:30:00Z', NOW],
      );

    it('answers a second offer while one waits with a 409, and the index refuses a second waiting row', async () => {
      const file = await givenNewcomer(t);
      await offer(officer, file.id, DAY).expect(201);
      expectProblem(await offer(officer, file.id, '2026-12-04'), 409, 'trial-day-pending');
      await insertPending(file.id);
    });

    it('lets exactly one of many offers made at once through, the others a 409', async () => {
      const file = await givenNewcomer(t);
      const answers = await atOnce(Array.from({ length: AT_ONCE }, () => () => offer(officer, file.id, DAY)));
      expect(statuses(answers)).toEqual([201, ...Array(AT_ONCE - 1).fill(409)]);
      for (const refused of answers.filter((answer) => answer.status === 409)) {
        expectProblem(refused, 409, 'trial-day-pending');
      }
      const [{ waiting }] = await t.dataSource.query(
        `SELECT count(*)::int AS waiting FROM newcomer_trial_days WHERE newcomer_id = $1 AND status = 'pending'`,
        [file.id],
      );
      expect(waiting).toBe(1);
    });

    it('offers again once the invitation was withdrawn', async () => {
      const file = await givenNewcomer(t);
      const first = await offer(officer, file.id, DAY).expect(201);
      await as(officer).post(`/api/v1/newcomers/${file.id}/trial-days/${first.body.id}/withdraw`).expect(200);
      await offer(officer, file.id, '2026-12-04').expect(201);
      await insertPending(file.id);
    });

    it('offers again once the invitation was accepted', async () => {
      const file = await givenNewcomer(t);
      await offer(officer, file.id, DAY).expect(201);
      const link = await trialDayLinkMailedTo(smtp, file.email);
      await t.http.post(`/api/v1/trial-day-invitations/${link}/accept`).send({ password: TEST_PASSWORD }).expect(201);
      await offer(officer, file.id, '2026-12-04').expect(201);
      await insertPending(file.id);
    });

    it('offers again once the invitation expired, unanswered', async () => {
      const file = await givenNewcomer(t);
      const first = await offer(officer, file.id, DAY).expect(201);
      clock.set(new Date(first.body.expiresAt));
      try {
        // Access tokens are short-lived: an officer signed in at the new moment.
        const later = await givenAdmin(t);
        const again = await offer(later, file.id, '2026-12-04');
        expect(again.status).toBe(201);
        const list = await t.http
          .get(`/api/v1/newcomers/${file.id}/trial-days`)
          .set('Authorization', later.bearer)
          .expect(200);
        expect(list.body.items.map((item: { id: string; state: string }) => [item.id, item.state])).toEqual([
          [again.body.id, 'sent'],
          [first.body.id, 'expired'],
        ]);
        // Closed as such by the new offer: the index had held the file's one waiting place for it.
        const [closed] = await t.dataSource.query(`SELECT status FROM newcomer_trial_days WHERE id = $1`, [
          first.body.id,
        ]);
        expect(closed.status).toBe('expired');
        await insertPending(file.id);
      } finally {
        clock.set(NOW);
      }
    });
  });

  describe('welcome villages: one per commune', () => {
    const LECTOURE = '32208';
    const MARCIAC = '32233';

    it('answers a second village for a commune with a 409, and the constraint refuses the row', async () => {
      const first = await as(officer).post('/api/v1/welcome-villages').send(welcomeVillageRequest()).expect(201);
      const second = await as(officer)
        .post('/api/v1/welcome-villages')
        .send(welcomeVillageRequest({ relayName: 'Un autre relais', relayRole: 'association' }));
      expectProblem(second, 409, 'welcome-village-exists');
      expect(second.body.communeCode).toBe(first.body.communeCode);
      await expectRefusedBy(
        'welcome_villages_commune_code_key',
        `INSERT INTO welcome_villages (commune_code, relay_name, relay_role, relay_email, description_fr)
         VALUES ($1, 'Relais', 'resident', 'relais@example.fr', 'Un village')`,
        [first.body.communeCode],
      );
      // Nor is a village moved onto a commune that has one: the API does not move villages, SQL is refused.
      const marciac = await as(officer)
        .post('/api/v1/welcome-villages')
        .send(welcomeVillageRequest({ communeCode: MARCIAC }))
        .expect(201);
      const moved = await as(officer)
        .patch(`/api/v1/welcome-villages/${marciac.body.id}`)
        .send({ communeCode: first.body.communeCode });
      expectProblem(moved, 400, 'invalid-input');
      expect(moved.body.errors.map((error: { field: string }) => error.field)).toEqual(['communeCode']);
      await expectRefusedBy(
        'welcome_villages_commune_code_key',
        `UPDATE welcome_villages SET commune_code = $2 WHERE id = $1`,
        [marciac.body.id, first.body.communeCode],
      );
      // The commune may volunteer again once it stopped.
      await as(officer).delete(`/api/v1/welcome-villages/${first.body.id}`).expect(204);
      await as(officer).post('/api/v1/welcome-villages').send(welcomeVillageRequest()).expect(201);
    });

    it('lets exactly one of many officers adding the same commune at once through, the others a 409', async () => {
      const officers = [officer, ...(await Promise.all(Array.from({ length: AT_ONCE - 1 }, () => givenAdmin(t))))];
      const answers = await atOnce(
        officers.map(
          (who) => () =>
            as(who)
              .post('/api/v1/welcome-villages')
              .send(welcomeVillageRequest({ communeCode: LECTOURE })),
        ),
      );
      expect(statuses(answers)).toEqual([201, ...Array(AT_ONCE - 1).fill(409)]);
      for (const refused of answers.filter((answer) => answer.status === 409)) {
        expectProblem(refused, 409, 'welcome-village-exists');
      }
      const [{ villages }] = await t.dataSource.query(
        `SELECT count(*)::int AS villages FROM welcome_villages WHERE commune_code = $1`,
        [LECTOURE],
      );
      expect(villages).toBe(1);
    });
  });

  describe('the moment of settling: settled ⇔ settled_at', () => {
    const settledAt = async (newcomerId: string): Promise<Date | null> =>
      (await t.dataSource.query(`SELECT settled_at FROM newcomers WHERE id = $1`, [newcomerId]))[0].settled_at;

    it('sets settled_at when the file becomes settled and clears it when the file moves back', async () => {
      const file = await givenNewcomer(t);
      const settled = await as(officer).patch(`/api/v1/newcomers/${file.id}`).send({ status: 'settled' }).expect(200);
      expect(settled.body.settledAt).toBe('2026-11-30T10:00:00+01:00');
      expect(await settledAt(file.id)).toEqual(NOW);
      const back = await as(officer).patch(`/api/v1/newcomers/${file.id}`).send({ status: 'visiting' }).expect(200);
      expect(back.body.settledAt).toBeNull();
      expect(await settledAt(file.id)).toBeNull();

      const unknown = await as(officer).patch(`/api/v1/newcomers/${file.id}`).send({ status: 'installed' });
      expectProblem(unknown, 400, 'invalid-input');
      expect(unknown.body.errors.map((error: { field: string }) => error.field)).toEqual(['status']);
    });

    it('keeps status and settled_at together when officers move a file in and out of settled at once', async () => {
      const file = await givenNewcomer(t);
      const answers = await atOnce(
        Array.from(
          { length: AT_ONCE },
          (_, i) => () =>
            as(officer)
              .patch(`/api/v1/newcomers/${file.id}`)
              .send({ status: i % 2 ? 'settled' : 'contacted' }),
        ),
      );
      expect(statuses(answers)).toEqual(Array(AT_ONCE).fill(200));
      const [row] = await t.dataSource.query(`SELECT status, settled_at FROM newcomers WHERE id = $1`, [file.id]);
      expect(row.settled_at === null).toBe(row.status !== 'settled');
    });

    it('is refused by the database: settled without its moment, a moment without settled', async () => {
      const waiting = await givenNewcomer(t);
      await expectRefusedBy('newcomers_settled_at_check', `UPDATE newcomers SET status = 'settled' WHERE id = $1`, [
        waiting.id,
      ]);
      await expectRefusedBy('newcomers_settled_at_check', `UPDATE newcomers SET settled_at = now() WHERE id = $1`, [
        waiting.id,
      ]);

      const settled = await givenNewcomer(t);
      await as(officer).patch(`/api/v1/newcomers/${settled.id}`).send({ status: 'settled' }).expect(200);
      await expectRefusedBy('newcomers_settled_at_check', `UPDATE newcomers SET settled_at = NULL WHERE id = $1`, [
        settled.id,
      ]);
      await expectRefusedBy('newcomers_settled_at_check', `UPDATE newcomers SET status = 'dropped' WHERE id = $1`, [
        settled.id,
      ]);

      await expectRefusedBy(
        'newcomers_settled_at_check',
        `INSERT INTO newcomers (first_name, last_name, email, current_city, profession, project_kind, wishes, status,
           consented_at, retain_until)
         VALUES ('Jean', 'Direct', 'jean.direct@example.fr', 'Lille', 'Menuisier', 'other', 'Un atelier', 'settled',
           $1, $1::timestamptz + interval '3 years')`,
        [NOW],
      );
    });
  });
});
