import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { FixedClock } from '../../common/clock/clock';
import { givenMember, TEST_PASSWORD } from '../../testing/accounts';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';

/** The token of the last link mailed to `address`. */
async function linkTokenSentTo(smtp: SmtpPeer, address: string, count = 1): Promise<string> {
  const mails = await eventually(async () => (smtp.to(address).length >= count ? smtp.to(address) : undefined));
  const match = /token=([\w%-]+)/.exec(mails[count - 1].text ?? '');
  if (!match) throw new Error(`No link in the mail to ${address}`);
  return decodeURIComponent(match[1]);
}

describe('links sent by e-mail: verification, password reset, change of address', () => {
  const smtp = new SmtpPeer();
  const clock = new FixedClock(new Date());
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SMTP_URL: await smtp.start() }, clock });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('confirms the address through the welcome mail, once', async () => {
    const member = await givenMember(t);
    const token = await linkTokenSentTo(smtp, member.email);
    expect(smtp.to(member.email)[0].text).toContain('/compte/verifier-email?token=');
    await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(204);
    const me = await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(200);
    expect(me.body.emailVerified).toBe(true);
    const again = await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(400);
    expect(again.body.errors[0].field).toBe('token');
  });

  it('resets a forgotten password with a single-use link and signs out every session', async () => {
    const member = await givenMember(t);
    await t.http.post('/api/v1/auth/password-reset').send({ email: member.email.toUpperCase() }).expect(202);
    const token = await linkTokenSentTo(smtp, member.email, 2);
    await t.http.post('/api/v1/auth/password-reset/confirm').send({ token, password: 'password1' }).expect(400);
    // A refused password does not use up the link.
    await t.http
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'le vent d autan souffle' })
      .expect(204);
    await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: member.email, password: TEST_PASSWORD }).expect(401);
    await t.http
      .post('/api/v1/auth/login')
      .send({ email: member.email, password: 'le vent d autan souffle' })
      .expect(200);
    await t.http
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'encore une autre phrase' })
      .expect(400);
  });

  it('answers a reset for an unknown address exactly like for a known one, and sends nothing', async () => {
    const resets = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM account_tokens WHERE purpose = 'reset_password'`))[0].n;
    const before = await resets();
    const response = await t.http
      .post('/api/v1/auth/password-reset')
      .send({ email: `nobody-${randomUUID()}@example.fr` })
      .expect(202);
    expect(response.body).toEqual({});
    expect(await resets()).toBe(before);
  });

  it('lets a reset link expire after an hour', async () => {
    const member = await givenMember(t);
    await t.http.post('/api/v1/auth/password-reset').send({ email: member.email }).expect(202);
    const token = await linkTokenSentTo(smtp, member.email, 2);
    clock.advance(61 * 60_000);
    await t.http
      .post('/api/v1/auth/password-reset/confirm')
      .send({ token, password: 'le vent d autan souffle' })
      .expect(400);
  });

  it('changes the password with the current one, signing out the other sessions only', async () => {
    const member = await givenMember(t);
    const other = await t.http
      .post('/api/v1/auth/login')
      .send({ email: member.email, password: TEST_PASSWORD })
      .expect(200);
    await t.http
      .post('/api/v1/me/password')
      .set('Authorization', member.bearer)
      .send({ currentPassword: 'wrong', newPassword: 'les collines de lomagne' })
      .expect(400);
    await t.http
      .post('/api/v1/me/password')
      .set('Authorization', member.bearer)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'les collines de lomagne' })
      .expect(204);
    await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(200);
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${other.body.accessToken}`).expect(401);
  });

  it('switches to a new address only once the link sent to it is followed', async () => {
    const member = await givenMember(t);
    const taken = await givenMember(t);
    await t.http
      .post('/api/v1/me/email')
      .set('Authorization', member.bearer)
      .send({ newEmail: taken.email, password: TEST_PASSWORD })
      .expect(409);
    const newEmail = `moved-${randomUUID()}@example.fr`;
    await t.http
      .post('/api/v1/me/email')
      .set('Authorization', member.bearer)
      .send({ newEmail, password: TEST_PASSWORD })
      .expect(202);
    const before = await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(200);
    expect(before.body.email).toBe(member.email);
    const token = await linkTokenSentTo(smtp, newEmail);
    await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(204);
    const after = await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(200);
    expect(after.body).toMatchObject({ email: newEmail, emailVerified: true });
    await t.http.post('/api/v1/me/email').send({ newEmail, password: TEST_PASSWORD }).expect(401);
  });
});
