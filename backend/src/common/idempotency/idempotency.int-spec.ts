import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { METHOD_METADATA } from '@nestjs/common/constants.js';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { buildOpenApiDocument } from '../../http-app';
import { givenAdmin, TestAccount, TEST_PASSWORD } from '../../testing/accounts';
import { givenEvent } from '../../testing/events-fixtures';
import { givenHost, givenSite, siteRequest, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';
import { ACCESS_RULE, AccessRule } from '../access/access.decorators';
import { FixedClock } from '../clock/clock';
import { IDEMPOTENT_ROUTE } from './idempotent.decorator';
import { IDEMPOTENCY_KEY_LIFETIME_MS, IdempotencyStore } from './idempotency.store';
import { requestFingerprint } from './request-fingerprint';

const PROBLEM = /application\/problem\+json/;

describe('Idempotency-Key on the creating routes without a key of their own', () => {
  const clock = new FixedClock(new Date('2026-12-01T09:00:00Z'));
  let t: TestApp;
  let second: TestApp;
  let admin: TestAccount;
  let otherAdmin: TestAccount;
  let host: TestAccount;
  let site: TestSite;
  let event: { id: string };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    second = await createTestApp({ clock, databaseUrl: t.databaseUrl });
    admin = await givenAdmin(t);
    otherAdmin = await givenAdmin(t);
    site = await givenSite(t, admin);
    host = await givenHost(t, admin, site.id);
    event = await givenEvent(t, host, site.id, {
      start: '2026-12-10T18:00:00+01:00',
      end: '2026-12-10T19:30:00+01:00',
    });
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const post = (app: TestApp, who: TestAccount, path: string, body: object, key?: string) => {
    const request = app.http.post(`/api/v1${path}`).set('Authorization', who.bearer).send(body);
    return key === undefined ? request : request.set('Idempotency-Key', key);
  };
  const count = async (table: string) => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    return n as number;
  };
  const kept = async (key: string) => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM idempotent_requests WHERE key = $1`, [
      key,
    ]);
    return n as number;
  };

  /** Each route the generic mechanism covers, with a body that would be refused (409) or doubled if acted twice. */
  const routes: { name: string; table: string; path: () => string; by: () => TestAccount; body: () => object }[] = [
    { name: 'POST /sites', table: 'sites', path: () => '/sites', by: () => admin, body: () => siteRequest() },
    {
      name: 'POST /sites/{id}/resources',
      table: 'resources',
      path: () => `/sites/${site.id}/resources`,
      by: () => host,
      body: () => ({ name: `Bureau ${randomUUID().slice(0, 4)}`, kind: 'desk' }),
    },
    {
      name: 'POST /sites/{id}/closures',
      table: 'site_closures',
      path: () => `/sites/${site.id}/closures`,
      by: () => host,
      body: () => ({ date: '2026-12-24', reason: 'Réveillon' }),
    },
    {
      name: 'POST /organizations',
      table: 'organizations',
      path: () => '/organizations',
      by: () => admin,
      body: () => ({ name: `Employeur ${randomUUID().slice(0, 8)}`, siren: '732829320' }),
    },
    {
      name: 'POST /plans',
      table: 'plans',
      path: () => '/plans',
      by: () => admin,
      body: () => ({ name: `Forfait ${randomUUID().slice(0, 8)}`, kind: 'pack', days: 10 }),
    },
    {
      name: 'POST /events/{id}/duplicate',
      table: 'events',
      path: () => `/events/${event.id}/duplicate`,
      by: () => host,
      body: () => ({ title: 'Café télétravail, la suite' }),
    },
  ];

  it.each(routes.map((route) => [route.name, route] as const))(
    '%s: a replay answers the first status and body, marked replayed, and creates nothing new',
    async (_name, route) => {
      const key = randomUUID();
      const body = route.body();
      const before = await count(route.table);
      const first = await post(t, route.by(), route.path(), body, key).expect(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      // From the other API process too: the key lives in PostgreSQL, not in a process.
      const again = await post(second, route.by(), route.path(), body, key).expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      expect(again.body.id).toEqual(expect.any(String));
      expect(again.text).toBe(first.text);
      expect(await count(route.table)).toBe(before + 1);
    },
  );

  it('keys are per user: another officer’s identical key and request acts on its own', async () => {
    const key = 'monthly-catalogue-2026-12';
    const body = { name: `Forfait ${randomUUID().slice(0, 8)}`, kind: 'monthly', days: 8 };
    const before = await count('plans');
    const mine = await post(t, admin, '/plans', body, key).expect(201);
    const theirs = await post(t, otherAdmin, '/plans', body, key).expect(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(await count('plans')).toBe(before + 2);
    expect(await kept(key)).toBe(2);
  });

  it('the same key with another body or on another route is a 422 problem, and acts on nothing', async () => {
    const key = randomUUID();
    const body = { name: `Forfait ${randomUUID().slice(0, 8)}`, kind: 'pack', days: 5 };
    const first = await post(t, admin, '/plans', body, key).expect(201);
    const before = await count('plans');
    const changed = await post(t, admin, '/plans', { ...body, days: 6 }, key).expect(422);
    expect(changed.headers['content-type']).toMatch(PROBLEM);
    expect(changed.body).toMatchObject({ status: 422, type: expect.stringMatching(/idempotency-key-reused$/) });
    await post(t, admin, '/organizations', { name: body.name }, key).expect(422);
    expect(await count('plans')).toBe(before);
    // The member order of the JSON is no difference: the first answer comes back.
    const reordered = await post(t, admin, '/plans', { days: 5, kind: 'pack', name: body.name }, key).expect(201);
    expect(reordered.body).toEqual(first.body);
  });

  it('a refused request keeps nothing: the same key may be sent again once the request is put right', async () => {
    const key = randomUUID();
    const invalid = await post(t, host, `/sites/${site.id}/closures`, { date: '2026-13-45' }, key).expect(400);
    expect(invalid.headers['content-type']).toMatch(PROBLEM);
    expect(await kept(key)).toBe(0);
    const closed = await post(t, host, `/sites/${site.id}/closures`, { date: '2026-12-31' }, key).expect(201);
    // The second act of the same closure would be a 409 (already closed): the replay is the first answer.
    const again = await post(t, host, `/sites/${site.id}/closures`, { date: '2026-12-31' }, key).expect(201);
    expect(again.body).toEqual(closed.body);
    await post(t, host, `/sites/${site.id}/closures`, { date: '2026-12-31' }).expect(409);
  });

  it('20 requests at once with one key, across two API processes: one acts, the others replay it or get 409', async () => {
    const key = randomUUID();
    const name = `Employeur ${randomUUID().slice(0, 8)}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(i % 2 ? second : t, admin, '/organizations', { name }, key)),
    );
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM organizations WHERE name = $1`, [name]);
    expect(n).toBe(1);
    const acted = answers.filter((a) => a.status === 201 && a.headers['idempotent-replayed'] === undefined);
    expect(acted).toHaveLength(1);
    const replayed = answers.filter((a) => a.status === 201 && a.headers['idempotent-replayed'] === 'true');
    const inFlight = answers.filter((a) => a.status === 409);
    expect(replayed.length + inFlight.length).toBe(19);
    for (const answer of replayed) expect(answer.body).toEqual(acted[0].body);
    for (const answer of inFlight) {
      expect(answer.headers['content-type']).toMatch(PROBLEM);
      expect(answer.body.type).toMatch(/idempotent-request-in-progress$/);
    }
    // Once the first has answered, every later try gets its answer.
    const late = await post(t, admin, '/organizations', { name }, key).expect(201);
    expect(late.body).toEqual(acted[0].body);
  });

  it('while the first request is in flight, the same key is a 409 with Retry-After, and nothing acts', async () => {
    const key = randomUUID();
    const body = { name: `Forfait ${randomUUID().slice(0, 8)}`, kind: 'unlimited' };
    const fingerprint = requestFingerprint({ method: 'POST', path: '/api/v1/plans', query: {}, body });
    await t.dataSource.query(
      `INSERT INTO idempotent_requests (user_id, key, fingerprint, created_at) VALUES ($1, $2, $3, $4)`,
      [admin.id, key, fingerprint, clock.now()],
    );
    const before = await count('plans');
    const busy = await post(t, admin, '/plans', body, key).expect(409);
    expect(busy.headers['retry-after']).toBe('1');
    expect(busy.body).toMatchObject({ status: 409, type: expect.stringMatching(/idempotent-request-in-progress$/) });
    expect(await count('plans')).toBe(before);
  });

  it('refuses a malformed key with a 400 naming the header, before acting', async () => {
    const before = await count('plans');
    for (const key of ['x'.repeat(256), 'clé', 'tab\there']) {
      const refused = await post(t, admin, '/plans', { name: 'Forfait', kind: 'unlimited' }, key).expect(400);
      expect(refused.headers['content-type']).toMatch(PROBLEM);
      expect(refused.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
    }
    expect(await count('plans')).toBe(before);
    // 255 printable characters, spaces included, are a key.
    await post(
      t,
      admin,
      '/plans',
      { name: `Forfait ${randomUUID()}`, kind: 'unlimited' },
      `a b${'c'.repeat(252)}`,
    ).expect(201);
  });

  it('leaves anonymous sign-up alone: no user to scope a key to, so no replay and nothing kept', async () => {
    const body = {
      email: `new-${randomUUID()}@example.fr`,
      password: TEST_PASSWORD,
      firstName: 'Léa',
      lastName: 'Roux',
    };
    const send = () => t.http.post('/api/v1/auth/register').set('Idempotency-Key', 'sign-up').send(body);
    const first: Response = await send().expect(201);
    expect(first.body.accessToken).toEqual(expect.any(String));
    // A replay would hand the first caller's tokens to whoever sends the key: the second sign-up is refused.
    const again = await send().expect(409);
    expect(again.body.accessToken).toBeUndefined();
    expect(await kept('sign-up')).toBe(0);
  });

  it('forgets a key after 24 hours: it then names a new request, and the purge deletes the old answer', async () => {
    const key = randomUUID();
    const body = { name: `Forfait ${randomUUID().slice(0, 8)}`, kind: 'weekly', days: 2 };
    const first = await post(t, admin, '/plans', body, key).expect(201);
    const store = t.app.get(IdempotencyStore);
    clock.advance(IDEMPOTENCY_KEY_LIFETIME_MS - 1000);
    expect(await store.purgeExpired()).toBe(0);
    clock.advance(1000);
    try {
      // Access tokens are short-lived on the same clock: sign in again a day later.
      const login = await t.http.post('/api/v1/auth/login').send({ email: admin.email, password: admin.password });
      const later = { ...admin, bearer: `Bearer ${login.body.accessToken}` };
      const again = await post(t, later, '/plans', body, key).expect(201);
      expect(again.headers['idempotent-replayed']).toBeUndefined();
      expect(again.body.id).not.toBe(first.body.id);
      clock.advance(IDEMPOTENCY_KEY_LIFETIME_MS);
      expect(await store.purgeExpired()).toBeGreaterThanOrEqual(1);
      expect(await kept(key)).toBe(0);
    } finally {
      clock.set(new Date('2026-12-01T09:00:00Z'));
    }
  });

  it('is documented on every signed-in create, and never put on a public route', () => {
    const reflector = t.app.get(Reflector);
    const scanner = t.app.get(MetadataScanner);
    const rules = new Map<string, { access?: AccessRule; generic: boolean }>();
    for (const wrapper of t.app.get(DiscoveryService).getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller || !wrapper.instance) continue;
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(wrapper.instance))) {
        const handler = (wrapper.instance as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        rules.set(`${controller.name.replace(/Controller$/, '')}_${name}`, {
          access: reflector.getAllAndOverride<AccessRule>(ACCESS_RULE, [handler, controller]),
          generic: reflector.get<boolean>(IDEMPOTENT_ROUTE, handler) === true,
        });
      }
    }
    const document = buildOpenApiDocument(t.app as NestExpressApplication);
    type Operation = { operationId: string; responses: Record<string, unknown>; parameters?: { name: string }[] };
    const creates = Object.entries(document.paths).flatMap(([path, item]) => {
      const operation = (item as Record<string, Operation>)['post'];
      return operation?.responses['201'] ? [{ path, operation, rule: rules.get(operation.operationId) }] : [];
    });
    const signedIn = creates.filter((c) => c.rule?.access?.kind !== 'public');
    expect(signedIn.map((c) => c.path)).toEqual(
      expect.arrayContaining(['/api/v1/sites', '/api/v1/plans', '/api/v1/organizations']),
    );
    const undocumented = signedIn.filter((c) => !c.operation.parameters?.some((p) => p.name === 'Idempotency-Key'));
    expect(undocumented.map((c) => c.path)).toEqual([]);
    const publicAndGeneric = [...rules.entries()].filter(([, r]) => r.generic && r.access?.kind === 'public');
    expect(publicAndGeneric).toEqual([]);
  });
});
