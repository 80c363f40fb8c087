import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenMember } from '../../testing/accounts';
import { createTestApp, TestApp } from '../../testing/test-app';
import { NotificationPreferences } from './notification-preferences';

const PATH = '/api/v1/me/notification-preferences';

const ALL_ON = {
  topics: {
    bookingConfirmations: true,
    bookingReminders: true,
    eventRegistrations: true,
    eventReminders: true,
    hostDailySheet: true,
  },
  communityAnnouncements: true,
  locale: 'fr',
};

describe('notification preferences over HTTP', () => {
  let t: TestApp;
  let preferences: NotificationPreferences;
  beforeAll(async () => {
    t = await createTestApp();
    preferences = t.app.get(NotificationPreferences);
  });
  afterAll(async () => {
    await t.close();
  });

  it('are the signed-in member’s only (401 without a token)', async () => {
    await t.http.get(PATH).expect(401);
    await t.http.patch(PATH).send({ communityAnnouncements: false }).expect(401);
  });

  it('start with every e-mail on, in the language the member signed up in', async () => {
    const member = await givenMember(t, { locale: 'en' });
    const answer = await t.http.get(PATH).set('Authorization', member.bearer).expect(200);
    expect(answer.body).toEqual({ ...ALL_ON, locale: 'en' });
    expect(await preferences.allows(member.id, 'booking-reminders')).toBe(true);
  });

  it('change only what the PATCH names, answer the whole resource, and keep it', async () => {
    const member = await givenMember(t);
    const other = await givenMember(t);
    const answer = await t.http
      .patch(PATH)
      .set('Authorization', member.bearer)
      .send({ topics: { bookingReminders: false, eventReminders: false }, communityAnnouncements: false, locale: 'en' })
      .expect(200);
    const changed = {
      topics: { ...ALL_ON.topics, bookingReminders: false, eventReminders: false },
      communityAnnouncements: false,
      locale: 'en',
    };
    expect(answer.body).toEqual(changed);
    expect((await t.http.get(PATH).set('Authorization', member.bearer).expect(200)).body).toEqual(changed);

    // The same language as the profile, and the same "all community mail" as the mails' links.
    expect((await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(200)).body.locale).toBe('en');
    const unsubscriptions = await t.http.get('/api/v1/me/unsubscriptions').set('Authorization', member.bearer);
    expect(unsubscriptions.body.items).toEqual([expect.objectContaining({ siteId: null })]);

    // The Mailer's question, before each mail.
    expect(await preferences.allows(member.id, 'booking-reminders')).toBe(false);
    expect(await preferences.allows(member.id, 'event-reminders')).toBe(false);
    expect(await preferences.allows(member.id, 'booking-confirmations')).toBe(true);
    expect(await preferences.allows(other.id, 'booking-reminders')).toBe(true);

    // Saying it twice changes nothing; turning one back on leaves the rest.
    await t.http
      .patch(PATH)
      .set('Authorization', member.bearer)
      .send({ topics: { eventReminders: false } })
      .expect(200);
    const back = await t.http
      .patch(PATH)
      .set('Authorization', member.bearer)
      .send({ topics: { bookingReminders: true }, communityAnnouncements: true })
      .expect(200);
    expect(back.body).toEqual({
      topics: { ...ALL_ON.topics, eventReminders: false },
      communityAnnouncements: true,
      locale: 'en',
    });
    expect(await preferences.allows(member.id, 'booking-reminders')).toBe(true);
    expect((await t.http.get(PATH).set('Authorization', other.bearer).expect(200)).body).toEqual(ALL_ON);
  });

  it.each([
    [{ topics: { bookingReminders: 'no' } }, 'topics.bookingReminders'],
    [{ topics: { weeklyDigest: false } }, 'topics.weeklyDigest'],
    [{ topics: 'none' }, 'topics'],
    [{ communityAnnouncements: null }, 'communityAnnouncements'],
    [{ locale: 'de' }, 'locale'],
    [{ muted: true }, 'muted'],
  ])('refuse %j with a 400 problem naming %s, and change nothing', async (body, field) => {
    const member = await givenMember(t);
    const answer = await t.http.patch(PATH).set('Authorization', member.bearer).send(body).expect(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect((await t.http.get(PATH).set('Authorization', member.bearer).expect(200)).body).toEqual(ALL_ON);
  });

  it('are in the member’s GDPR export and go with the account', async () => {
    const member = await givenMember(t);
    await t.http
      .patch(PATH)
      .set('Authorization', member.bearer)
      .send({ topics: { hostDailySheet: false } })
      .expect(200);
    const exported = await t.http.get('/api/v1/me/export').set('Authorization', member.bearer).expect(200);
    expect(exported.body.notificationPreferences).toEqual({
      turnedOff: [{ topic: 'host-daily-sheet', since: expect.any(String) }],
    });

    await t.http.delete('/api/v1/me').set('Authorization', member.bearer).expect(204);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification_opt_outs WHERE user_id = $1`,
      [member.id],
    );
    expect(n).toBe(0);
  });
});
