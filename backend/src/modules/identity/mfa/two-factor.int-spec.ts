import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../../common/clock/clock';
import { givenMember, TestAccount } from '../../../testing/accounts';
import { createTestApp, TestApp } from '../../../testing/test-app';
import { base32Decode, hotp, stepAt } from './totp';

describe('two-factor sign-in over HTTP', () => {
  const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
  let t: TestApp;
  let member: TestAccount;
  let secret: string;
  let recoveryCodes: string[];
  const codeNow = () => hotp(base32Decode(secret), stepAt(clock.now()));
  const login = () => t.http.post('/api/v1/auth/login').send({ email: member.email, password: member.password });

  beforeAll(async () => {
    t = await createTestApp({ clock });
    member = await givenMember(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('turns on only once a code proves the app holds the secret, and gives ten recovery codes', async () => {
    await t.http.post('/api/v1/auth/mfa/setup').expect(401);
    await t.http.post('/api/v1/auth/mfa/enable').send({ code: '000000' }).expect(401);
    await t.http.post('/api/v1/auth/mfa/disable').send({ code: '000000' }).expect(401);
    const setup = await t.http.post('/api/v1/auth/mfa/setup').set('Authorization', member.bearer).expect(200);
    secret = setup.body.secret;
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Bastide%3A.*secret=/);
    await t.http
      .post('/api/v1/auth/mfa/enable')
      .set('Authorization', member.bearer)
      .send({ code: '000000' })
      .expect(400);
    const enabled = await t.http
      .post('/api/v1/auth/mfa/enable')
      .set('Authorization', member.bearer)
      .send({ code: codeNow() })
      .expect(200);
    recoveryCodes = enabled.body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const me = await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(200);
    expect(me.body.mfaEnabled).toBe(true);
  });

  it('asks for a code after the password, and refuses a code already used', async () => {
    clock.advance(30_000);
    const challenge = await login().expect(200);
    expect(challenge.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
    // The challenge is no access token.
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${challenge.body.mfaToken}`).expect(401);
    await t.http.post('/api/v1/auth/mfa').send({ mfaToken: challenge.body.mfaToken, code: '123456' }).expect(401);
    const code = codeNow();
    const signedIn = await t.http
      .post('/api/v1/auth/mfa')
      .send({ mfaToken: challenge.body.mfaToken, code })
      .expect(200);
    expect(signedIn.body.user.id).toBe(member.id);
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${signedIn.body.accessToken}`).expect(200);
    const again = await login().expect(200);
    await t.http.post('/api/v1/auth/mfa').send({ mfaToken: again.body.mfaToken, code }).expect(401);
  });

  it('accepts each recovery code once', async () => {
    const first = await login().expect(200);
    await t.http.post('/api/v1/auth/mfa').send({ mfaToken: first.body.mfaToken, code: recoveryCodes[0] }).expect(200);
    const second = await login().expect(200);
    await t.http.post('/api/v1/auth/mfa').send({ mfaToken: second.body.mfaToken, code: recoveryCodes[0] }).expect(401);
  });

  it('lets the challenge expire after five minutes', async () => {
    const challenge = await login().expect(200);
    clock.advance(6 * 60_000);
    await t.http.post('/api/v1/auth/mfa').send({ mfaToken: challenge.body.mfaToken, code: codeNow() }).expect(401);
  });

  it('turns off with a code; the password alone then signs in', async () => {
    const session = await login().expect(200);
    clock.advance(30_000);
    const signedIn = await t.http
      .post('/api/v1/auth/mfa')
      .send({ mfaToken: session.body.mfaToken, code: codeNow() })
      .expect(200);
    const bearer = `Bearer ${signedIn.body.accessToken}`;
    clock.advance(30_000);
    await t.http.post('/api/v1/auth/mfa/disable').set('Authorization', bearer).send({ code: codeNow() }).expect(204);
    const plain = await login().expect(200);
    expect(plain.body.accessToken).toEqual(expect.any(String));
  });
});
