import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { signedInAgain } from '../../testing/events-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { AnnouncementMailHandler } from './jobs/announcement-mail.handler';

/** Monday 5 January 2026, 09:00 in Auch: the first bookings are made. */
const WINTER = new Date('2026-01-05T08:00:00Z');
/** Monday 20 April 2026, 10:00 in Auch: the spring bookings are made. */
const SPRING = new Date('2026-04-20T08:00:00Z');
/** Monday 15 June 2026, 10:00 in Auch: the host writes. */
const JUNE = new Date('2026-06-15T08:00:00Z');

const ANNOUNCEMENT = {
  subject: 'Fermeture vendredi',
  body: 'Le lieu sera **fermé** vendredi pour travaux.\n\n<script>alert(1)</script>',
  monthsBack: 3,
};

function unsubscribeHeader(mail: ParsedMail): string | undefined {
  // Long header lines come folded.
  return mail.headerLines.find((line) => line.key === 'list-unsubscribe')?.line.replace(/\r?\n[ \t]+/g, ' ');
}

describe('site announcements over HTTP', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(WINTER);
  let admin: TestAccount;
  let host: TestAccount;
  let otherHost: TestAccount;
  let auch: TestSite;
  let vic: TestSite;
  /** Booked at Auch in January: in a 6-month window, not in a 3-month one. */
  let winter: TestAccount;
  /** Booked at Auch in April. */
  let spring: TestAccount;
  /** Booked at Auch in April, then cancelled. */
  let cancelled: TestAccount;
  /** Books at Auch for tomorrow in June; reads English. */
  let ahead: TestAccount;
  /** Booked at Vic only. */
  let elsewhere: TestAccount;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start(), PUBLIC_URL: 'https://bastide.example' } });
    admin = await givenAdmin(t);
    auch = await givenSite(t, admin, { name: 'Tiers-lieu d’Auch' });
    vic = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    host = await givenHost(t, admin, auch.id);
    otherHost = await givenHost(t, admin, vic.id);
    const auchDesk = await givenResource(t, admin, auch.id);
    const vicDesk = await givenResource(t, admin, vic.id);
    [winter, spring, cancelled, ahead, elsewhere] = await Promise.all([
      givenMember(t, { firstName: 'Wanda' }),
      givenMember(t, { firstName: 'Sacha' }),
      givenMember(t, { firstName: 'Cyril' }),
      givenMember(t, { firstName: 'Ava', locale: 'en' }),
      givenMember(t, { firstName: 'Élise' }),
    ]);
    await givenBooking(t, winter, { resourceId: auchDesk.id, date: '2026-01-06', slot: 'morning' });
    clock.set(SPRING);
    [spring, cancelled, elsewhere] = await Promise.all([spring, cancelled, elsewhere].map((a) => signedInAgain(t, a)));
    await givenBooking(t, spring, { resourceId: auchDesk.id, date: '2026-04-21', slot: 'morning' });
    const dropped = await givenBooking(t, cancelled, { resourceId: auchDesk.id, date: '2026-04-22', slot: 'morning' });
    await t.http.post(`/api/v1/bookings/${dropped.id}/cancel`).set('Authorization', cancelled.bearer).expect(200);
    await givenBooking(t, elsewhere, { resourceId: vicDesk.id, date: '2026-04-21', slot: 'morning' });
    clock.set(JUNE);
    [admin, host, otherHost, winter, spring, ahead] = await Promise.all(
      [admin, host, otherHost, winter, spring, ahead].map((a) => signedInAgain(t, a)),
    );
    await givenBooking(t, ahead, { resourceId: auchDesk.id, date: '2026-06-16', slot: 'afternoon' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const post = (who: TestAccount | undefined, path: string, body: object) => {
    const request = t.http.post(`/api/v1${path}`);
    if (who) request.set('Authorization', who.bearer);
    return request.send(body);
  };
  /** Announcements only: the members also get their booking confirmations. */
  const announcementsTo = (address: string) => smtp.to(address).filter((mail) => unsubscribeHeader(mail));
  const get = (who: TestAccount | undefined, path: string) => {
    const request = t.http.get(`/api/v1${path}`);
    if (who) request.set('Authorization', who.bearer);
    return request;
  };

  it('lets only the site’s hosts and officers preview, send and list', async () => {
    for (const path of [`/sites/${auch.id}/announcements`, `/sites/${auch.id}/announcements/preview`]) {
      await post(undefined, path, ANNOUNCEMENT).expect(401);
      await post(spring, path, ANNOUNCEMENT).expect(403);
      const refused = await post(otherHost, path, ANNOUNCEMENT).expect(403);
      expect(refused.body.type).toMatch(/not-site-host$/);
      await post(host, `/sites/6f1c1d7e-0000-4000-8000-000000000000/announcements`, ANNOUNCEMENT).expect(404);
    }
    await get(undefined, `/sites/${auch.id}/announcements`).expect(401);
    await get(spring, `/sites/${auch.id}/announcements`).expect(403);
    await get(otherHost, `/sites/${auch.id}/announcements`).expect(403);
    await get(host, `/sites/not-a-site/announcements`).expect(404);
    const draft = await givenSite(t, admin, {}, 'draft');
    await post(otherHost, `/sites/${draft.id}/announcements/preview`, ANNOUNCEMENT).expect(404);
    await get(admin, `/sites/${draft.id}/announcements`).expect(200);
  });

  it('refuses a bad announcement with the field in error', async () => {
    const path = `/sites/${auch.id}/announcements`;
    for (const [field, value] of [
      ['monthsBack', 0],
      ['monthsBack', 25],
      ['monthsBack', 1.5],
      ['subject', '   '],
      ['subject', 's'.repeat(151)],
      ['body', ''],
    ] as const) {
      const response = await post(host, path, { ...ANNOUNCEMENT, [field]: value }).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
    }
    await post(host, `${path}/preview`, { ...ANNOUNCEMENT, locale: 'de' }).expect(400);
  });

  it('previews the mail and counts exactly the members who booked there in the window, sending nothing', async () => {
    const preview = await post(host, `/sites/${auch.id}/announcements/preview`, ANNOUNCEMENT).expect(200);
    expect(preview.body).toMatchObject({
      subject: 'Tiers-lieu d’Auch : Fermeture vendredi',
      recipientCount: 2,
      since: '2026-03-15',
    });
    expect(preview.body.text).toContain('Bonjour Hélène,');
    expect(preview.body.text).toContain(ANNOUNCEMENT.body);
    // The host's Markdown is rendered through the safe renderer; HTML they type stays text.
    expect(preview.body.html).toContain(
      '<p>Le lieu sera <strong>fermé</strong> vendredi pour travaux.</p>\n<p>&lt;script&gt;',
    );
    expect(preview.body.html).not.toContain('<script>');
    const wider = await post(admin, `/sites/${auch.id}/announcements/preview`, {
      ...ANNOUNCEMENT,
      monthsBack: 6,
      locale: 'en',
    }).expect(200);
    expect(wider.body).toMatchObject({ recipientCount: 3, since: '2025-12-15' });
    expect(wider.body.text).toContain('Hello Agnès,');
    expect((await get(host, `/sites/${auch.id}/announcements`).expect(200)).body).toEqual({ items: [], total: 0 });
  });

  it('mails each recipient once, in their language, with a one-click unsubscribe; audited; one a day', async () => {
    const sent = await post(host, `/sites/${auch.id}/announcements`, ANNOUNCEMENT).expect(201);
    expect(sent.body).toEqual({
      id: expect.any(String),
      siteId: auch.id,
      subject: 'Fermeture vendredi',
      body: ANNOUNCEMENT.body,
      bodyHtml: expect.stringContaining('<strong>fermé</strong>'),
      monthsBack: 3,
      recipientCount: 2,
      sentAt: '2026-06-15T10:00:00+02:00',
      author: { id: host.id, firstName: 'Hélène', lastName: 'Host' },
    });
    const keys: { key: string }[] = await t.dataSource.query(
      `SELECT key FROM outbox_messages WHERE kind = 'community.announcement' ORDER BY key`,
    );
    expect(keys.map((row) => row.key)).toEqual(
      [spring.id, ahead.id].sort().map((userId) => `announcement-${sent.body.id}-${userId}`),
    );

    const [french] = await eventually(
      async () => announcementsTo(spring.email).length > 0 && announcementsTo(spring.email),
    );
    const [english] = await eventually(
      async () => announcementsTo(ahead.email).length > 0 && announcementsTo(ahead.email),
    );
    expect(french.subject).toBe('Tiers-lieu d’Auch : Fermeture vendredi');
    expect(french.text).toContain('Bonjour Sacha,');
    expect(french.html).toContain('Le lieu sera <strong>fermé</strong> vendredi pour travaux.');
    expect(english.subject).toBe('Tiers-lieu d’Auch: Fermeture vendredi');
    expect(english.text).toContain('Hello Ava,');
    expect(english.text).toContain('Le lieu sera **fermé** vendredi pour travaux.');
    for (const mail of [french, english]) {
      expect(unsubscribeHeader(mail)).toMatch(
        /^List-Unsubscribe:\s+<https:\/\/bastide\.example\/api\/v1\/unsubscribe\/[A-Za-z0-9_-]{66}>$/,
      );
      expect(mail.headerLines.find((line) => line.key === 'list-unsubscribe-post')?.line).toBe(
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      );
    }
    for (const account of [winter, cancelled, elsewhere, host]) expect(announcementsTo(account.email)).toEqual([]);

    const audit: { actor_id: string; details: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'announcement.send' AND subject_id = $1`,
      [auch.id],
    );
    expect(audit).toEqual([
      { actor_id: host.id, details: { announcementId: sent.body.id, recipients: 2, monthsBack: 3 } },
    ]);

    const again = await post(admin, `/sites/${auch.id}/announcements`, { ...ANNOUNCEMENT, subject: 'Encore' }).expect(
      429,
    );
    expect(again.body.type).toMatch(/announcement-daily-limit$/);
    // Until midnight in Auch: 14 hours after 10:00.
    expect(again.headers['retry-after']).toBe(String(14 * 3600));

    const history = await get(admin, `/sites/${auch.id}/announcements`).expect(200);
    expect(history.body).toEqual({ items: [sent.body], total: 1 });
  });

  it('sends one announcement at a time when two arrive at once', async () => {
    const answers = await Promise.all(
      [admin, otherHost].map(() => post(admin, `/sites/${vic.id}/announcements`, { ...ANNOUNCEMENT, monthsBack: 6 })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 429]);
  });

  it('says 422 when nobody would receive it', async () => {
    const empty = await givenSite(t, admin);
    const response = await post(admin, `/sites/${empty.id}/announcements`, ANNOUNCEMENT).expect(422);
    expect(response.body.type).toMatch(/no-recipients$/);
  });

  it('unsubscribes through the mail’s link without signing in, and the next announcement leaves them out', async () => {
    const [mail] = announcementsTo(spring.email);
    const oneClick = /<(.+)>/.exec(unsubscribeHeader(mail)!)![1];
    const path = new URL(oneClick).pathname;
    const seen = await t.http.get(path).expect(200);
    expect(seen.body).toEqual({ scope: 'site', siteId: auch.id, siteName: 'Tiers-lieu d’Auch', unsubscribed: false });
    // As a mail client does it (RFC 8058).
    const done = await t.http.post(path).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(done.body).toMatchObject({ scope: 'site', unsubscribed: true });
    await t.http.post(path).expect(200);
    expect((await t.http.get(path).expect(200)).body.unsubscribed).toBe(true);
    const forged = path.slice(0, -2) + (path.endsWith('AA') ? 'AB' : 'AA');
    await t.http.get(forged).expect(404);
    await t.http.post(forged).expect(404);
    await t.http.get('/api/v1/unsubscribe/not-a-token').expect(404);

    // The "all community mail" link is in the text, towards the web app's page.
    const [english] = announcementsTo(ahead.email);
    const links = [...english.text!.matchAll(/https:\/\/bastide\.example\/desabonnement\/([A-Za-z0-9_-]+)/g)];
    expect(links).toHaveLength(2);
    const all = await t.http.post(`/api/v1/unsubscribe/${links[1][1]}`).expect(200);
    expect(all.body).toMatchObject({ scope: 'all', unsubscribed: true });

    clock.advance(86_400_000);
    [admin, host, winter, spring, ahead] = await Promise.all(
      [admin, host, winter, spring, ahead].map((a) => signedInAgain(t, a)),
    );
    const preview = await post(host, `/sites/${auch.id}/announcements/preview`, ANNOUNCEMENT).expect(200);
    expect(preview.body.recipientCount).toBe(0);
    const sixMonths = await post(host, `/sites/${auch.id}/announcements`, { ...ANNOUNCEMENT, monthsBack: 6 }).expect(
      201,
    );
    expect(sixMonths.body.recipientCount).toBe(1);
    await eventually(async () => announcementsTo(winter.email).length === 1);
    expect(announcementsTo(spring.email)).toHaveLength(1);
    expect(announcementsTo(ahead.email)).toHaveLength(1);

    // What they stopped, listed in their area, and undone there.
    const mine = await get(spring, '/me/unsubscriptions').expect(200);
    expect(mine.body).toEqual({
      items: [
        { id: expect.any(String), siteId: auch.id, siteName: 'Tiers-lieu d’Auch', createdAt: expect.any(String) },
      ],
      total: 1,
    });
    await t.http
      .delete(`/api/v1/me/unsubscriptions/${mine.body.items[0].id}`)
      .set('Authorization', ahead.bearer)
      .expect(404);
    await t.http.delete(`/api/v1/me/unsubscriptions/${mine.body.items[0].id}`).expect(401);
    await get(undefined, '/me/unsubscriptions').expect(401);
    await t.http
      .delete(`/api/v1/me/unsubscriptions/${mine.body.items[0].id}`)
      .set('Authorization', spring.bearer)
      .expect(204);
    const back = await post(host, `/sites/${auch.id}/announcements/preview`, ANNOUNCEMENT).expect(200);
    expect(back.body.recipientCount).toBe(1);
    expect((await get(ahead, '/me/unsubscriptions').expect(200)).body.items).toEqual([
      expect.objectContaining({ siteId: null, siteName: null }),
    ]);
  });

  it('sends nothing to a member who unsubscribed after the announcement was recorded', async () => {
    const [announcement] = (await get(host, `/sites/${auch.id}/announcements`).expect(200)).body.items;
    const handler = t.app.get(AnnouncementMailHandler);
    expect(await handler.handle({ announcementId: announcement.id, userId: ahead.id })).toBe('skipped');
    expect(
      await handler.handle({ announcementId: announcement.id, userId: '6f1c1d7e-0000-4000-8000-000000000000' }),
    ).toBe('skipped');
  });

  it('exports a member’s card, unsubscriptions and written announcements, and erases them with the account', async () => {
    await t.http
      .put('/api/v1/me/directory-profile')
      .set('Authorization', ahead.bearer)
      .send({ listed: true, trade: 'Translator', skills: ['Anglais'], helpText: '', siteIds: [auch.id] })
      .expect(200);
    const exported = await get(ahead, '/me/export').expect(200);
    expect(exported.body.community).toEqual({
      directoryProfile: expect.objectContaining({ listed: true, trade: 'Translator', skills: ['anglais'] }),
      unsubscriptions: [{ scope: 'all', siteId: null, createdAt: expect.any(String) }],
      announcementsWritten: [],
    });
    const written = (await get(host, '/me/export').expect(200)).body.community.announcementsWritten;
    expect(written.map((a: { subject: string }) => a.subject)).toEqual(['Fermeture vendredi', 'Fermeture vendredi']);

    await t.http.delete('/api/v1/me').set('Authorization', ahead.bearer).expect(204);
    const left = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM directory_profiles WHERE user_id = $1) AS cards,
              (SELECT count(*)::int FROM directory_profile_skills WHERE user_id = $1) AS skills,
              (SELECT count(*)::int FROM community_unsubscriptions WHERE user_id = $1) AS unsubscriptions`,
      [ahead.id],
    );
    expect(left).toEqual([{ cards: 0, skills: 0, unsubscriptions: 0 }]);
    const viewer = await givenMember(t);
    expect((await get(viewer, '/directory?q=translator').expect(200)).body.total).toBe(0);

    await t.http.delete('/api/v1/me').set('Authorization', host.bearer).expect(204);
    const history = await get(admin, `/sites/${auch.id}/announcements`).expect(200);
    expect(history.body.items.map((a: { author: unknown }) => a.author)).toEqual([null, null]);
  });
});
