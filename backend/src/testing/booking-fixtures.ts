import type { TestAccount } from './accounts';
import type { TestApp } from './test-app';

/** `POST /api/v1/bookings` as `who` (anonymous when undefined), with an optional Idempotency-Key. */
export function postBooking(t: TestApp, who: TestAccount | undefined, body: Record<string, unknown>, key?: string) {
  const request = t.http.post('/api/v1/bookings');
  if (who) request.set('Authorization', who.bearer);
  if (key) request.set('Idempotency-Key', key);
  return request.send(body);
}

/** A booking that must succeed; answers its body. */
export async function givenBooking(
  t: TestApp,
  who: TestAccount,
  body: Record<string, unknown>,
): Promise<Record<string, unknown> & { id: string }> {
  return (await postBooking(t, who, body).expect(201)).body;
}
