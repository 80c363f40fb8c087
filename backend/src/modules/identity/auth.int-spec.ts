import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac, randomUUID } from 'node:crypto';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TEST_PASSWORD } from '../../testing/accounts';
import { createTestApp, TestApp } from '../../testing/test-app';
import { ACCESS_TOKEN_SECONDS } from './token.service';

function forge(payload: object, secret: string, alg = 'HS256'): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const head = encode({ alg, typ: 'JWT' });
  const body = encode(payload);
  const signature = alg === 'none' ? '' : createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

describe('bootstrap officer', () => {
  it('is ensured at start-up from BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD', async () => {
    const email = `Officer-${randomUUID()}@Gers.fr`;
    const t = await createTestApp({
      env: { BOOTSTRAP_ADMIN_EMAIL: email, BOOTSTRAP_ADMIN_PASSWORD: 'une phrase de passe solide' },
    });
    try {
      const login = await t.http
        .post('/api/v1/auth/login')
        .send({ email, password: 'une phrase de passe solide' })
        .expect(200);
      expect(login.body.user).toMatchObject({ role: 'admin', email: email.toLowerCase() });
    } finally {
      await t.close();
    }
  });
});

describe('identity over HTTP', () => {
  const clock = new FixedClock(new Date('2026-12-01T08:00:00Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /auth/register', () => {
    it('creates a member, normalises the e-mail address and answers the shape of /me', async () => {
      const email = `Camille.${randomUUID()}@Example.FR`;
      const response = await t.http
        .post('/api/v1/auth/register')
        .send({
          email: `  ${email} `,
          password: TEST_PASSWORD,
          firstName: 'Camille',
          lastName: 'Martin',
          homeCommuneCode: '31555',
        })
        .expect(201);
      expect(response.body.user).toEqual({
        id: expect.any(String),
        email: email.toLowerCase(),
        firstName: 'Camille',
        lastName: 'Martin',
        role: 'member',
        hostedSiteIds: [],
        homeCommuneCode: '31555',
        organizationId: null,
        locale: 'fr',
        emailVerified: false,
        mfaEnabled: false,
      });
      expect(response.body.accessToken).toEqual(expect.any(String));
      expect(response.body.refreshToken).toEqual(expect.any(String));
    });

    it('answers 409 for an address already registered, whatever its case', async () => {
      const member = await givenMember(t);
      const response = await t.http
        .post('/api/v1/auth/register')
        .send({ email: member.email.toUpperCase(), password: TEST_PASSWORD, firstName: 'A', lastName: 'B' })
        .expect(409);
      expect(response.body.type).toMatch(/email-taken/);
    });

    it('answers 400 naming each invalid field', async () => {
      const response = await t.http
        .post('/api/v1/auth/register')
        .send({ email: 'not-an-address', password: 'short', firstName: 'A', lastName: 'B', homeCommuneCode: '99999' })
        .expect(400);
      const fields = response.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
      const common = await t.http
        .post('/api/v1/auth/register')
        .send({ email: `x-${randomUUID()}@example.fr`, password: 'password123', firstName: 'A', lastName: 'B' })
        .expect(400);
      expect(common.body.errors).toEqual([{ field: 'password', message: expect.stringMatching(/common/) }]);
      const commune = await t.http
        .post('/api/v1/auth/register')
        .send({
          email: `x-${randomUUID()}@example.fr`,
          password: TEST_PASSWORD,
          firstName: 'A',
          lastName: 'B',
          homeCommuneCode: '99999',
        })
        .expect(400);
      expect(commune.body.errors).toEqual([{ field: 'homeCommuneCode', message: expect.any(String) }]);
    });
  });

  describe('POST /auth/login', () => {
    it('signs in with the right password, in any case of the address', async () => {
      const member = await givenMember(t);
      const response = await t.http
        .post('/api/v1/auth/login')
        .send({ email: member.email.toUpperCase(), password: TEST_PASSWORD })
        .expect(200);
      expect(response.body.user.id).toBe(member.id);
      await t.http.get('/api/v1/me').set('Authorization', `Bearer ${response.body.accessToken}`).expect(200);
    });

    it('answers 401 for a wrong password or an unknown address, the same way', async () => {
      const member = await givenMember(t);
      const wrong = await t.http
        .post('/api/v1/auth/login')
        .send({ email: member.email, password: 'wrong one!' })
        .expect(401);
      const unknown = await t.http
        .post('/api/v1/auth/login')
        .send({ email: `nobody-${randomUUID()}@example.fr`, password: 'wrong one!' })
        .expect(401);
      expect(wrong.body.detail).toBe(unknown.body.detail);
    });

    it('locks the account after 10 consecutive failures (429 with Retry-After), even for the right password', async () => {
      const member = await givenMember(t);
      for (let i = 0; i < 10; i++) {
        await t.http
          .post('/api/v1/auth/login')
          .send({ email: member.email, password: `wrong ${i}` })
          .expect(401);
      }
      const locked = await t.http
        .post('/api/v1/auth/login')
        .send({ email: member.email, password: TEST_PASSWORD })
        .expect(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      clock.advance(16 * 60_000);
      await t.http.post('/api/v1/auth/login').send({ email: member.email, password: TEST_PASSWORD }).expect(200);
    });
  });

  describe('tokens', () => {
    it('rotates the refresh token; the old one is refused and its reuse closes the session', async () => {
      const member = await givenMember(t);
      const first = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: member.refreshToken }).expect(200);
      expect(first.body.refreshToken).not.toBe(member.refreshToken);
      // Reusing the old token: refused, and the whole family is revoked (it may have been stolen).
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: member.refreshToken }).expect(401);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
      await t.http.get('/api/v1/me').set('Authorization', `Bearer ${first.body.accessToken}`).expect(401);
    });

    it('refuses a forged, tampered, unsigned or expired access token', async () => {
      const member = await givenMember(t);
      const [head, body, signature] = member.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
      const tampered = `${head}.${Buffer.from(JSON.stringify({ ...claims, sub: randomUUID() })).toString('base64url')}.${signature}`;
      for (const token of [
        tampered,
        forge({ ...claims }, 'not-the-secret-not-the-secret-not-the-secret'),
        forge({ ...claims }, '', 'none'),
        'not.a.token',
      ]) {
        await t.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(401);
      }
      await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(200);
      clock.advance((ACCESS_TOKEN_SECONDS + 1) * 1000);
      await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(401);
    });

    it('logs out: the refresh token and the access token stop working', async () => {
      const member = await givenMember(t);
      await t.http.post('/api/v1/auth/logout').set('Authorization', member.bearer).expect(204);
      await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(401);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: member.refreshToken }).expect(401);
      await t.http.post('/api/v1/auth/logout').expect(401);
    });
  });

  describe('/me', () => {
    it('is refused without a token (401)', async () => {
      await t.http.get('/api/v1/me').expect(401);
      await t.http.patch('/api/v1/me').send({ firstName: 'X' }).expect(401);
    });

    it('reads and updates the profile, and says the role', async () => {
      const admin = await givenAdmin(t);
      const me = await t.http.get('/api/v1/me').set('Authorization', admin.bearer).expect(200);
      expect(me.body.role).toBe('admin');
      const updated = await t.http
        .patch('/api/v1/me')
        .set('Authorization', admin.bearer)
        .send({ firstName: 'Agnès', homeCommuneCode: '32013', locale: 'en' })
        .expect(200);
      expect(updated.body).toMatchObject({
        firstName: 'Agnès',
        homeCommuneCode: '32013',
        locale: 'en',
        email: admin.email,
      });
    });

    it('refuses unknown fields and a bad commune (400)', async () => {
      const member = await givenMember(t);
      const response = await t.http
        .patch('/api/v1/me')
        .set('Authorization', member.bearer)
        .send({ role: 'admin' })
        .expect(400);
      expect(response.body.errors[0].field).toBe('role');
      await t.http
        .patch('/api/v1/me')
        .set('Authorization', member.bearer)
        .send({ homeCommuneCode: '00000' })
        .expect(400);
    });
  });
});
