import type { TestAccount } from './accounts';
import type { TestApp } from './test-app';

/** A valid creation request for an event at `siteId` (null: none, an officer's); `overrides` replace any field. */
export function eventRequest(siteId: string | null, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...(siteId ? { siteId } : {}),
    title: 'Café télétravail',
    description: 'Un café, des **croissants** et un tour de table.',
    category: 'telework_cafe',
    start: '2026-03-27T09:00:00+01:00',
    end: '2026-03-27T10:30:00+01:00',
    capacity: 10,
    ...overrides,
  };
}

/** An event made through the API by someone who manages its site; published unless `publish` is false. */
export async function givenEvent(
  t: TestApp,
  manager: TestAccount,
  siteId: string | null,
  overrides: Record<string, unknown> = {},
  publish = true,
): Promise<Record<string, unknown> & { id: string }> {
  const created = await t.http
    .post('/api/v1/events')
    .set('Authorization', manager.bearer)
    .send(eventRequest(siteId, overrides))
    .expect(201);
  if (!publish) return created.body;
  const published = await t.http
    .post(`/api/v1/events/${created.body.id}/publish`)
    .set('Authorization', manager.bearer)
    .expect(200);
  return published.body;
}

/** `POST /events/{id}/registrations` as `who` (anonymous when undefined), with an optional Idempotency-Key. */
export function postRegistration(t: TestApp, who: TestAccount | undefined, eventId: string, key?: string) {
  const request = t.http.post(`/api/v1/events/${eventId}/registrations`);
  if (who) request.set('Authorization', who.bearer);
  if (key) request.set('Idempotency-Key', key);
  return request.send();
}

/** `DELETE /events/{id}/registrations/me` as `who`. */
export function deleteRegistration(t: TestApp, who: TestAccount, eventId: string) {
  return t.http.delete(`/api/v1/events/${eventId}/registrations/me`).set('Authorization', who.bearer);
}

/** Access tokens last minutes: after moving the clock, the same account signs in again, as a person would. */
export async function signedInAgain(t: TestApp, who: TestAccount): Promise<TestAccount> {
  const response = await t.http
    .post('/api/v1/auth/login')
    .send({ email: who.email, password: who.password })
    .expect(200);
  const { accessToken, refreshToken } = response.body;
  return { ...who, accessToken, refreshToken, bearer: `Bearer ${accessToken}` };
}
