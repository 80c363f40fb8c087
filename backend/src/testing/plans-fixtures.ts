import { randomUUID } from 'node:crypto';
import type { TestAccount } from './accounts';
import type { TestApp } from './test-app';

/** A plan an officer adds to the catalogue: `{ kind, days? }`, with a made-up name unless given. */
export async function givenPlan(
  t: TestApp,
  admin: TestAccount,
  plan: { kind: string; days?: number; name?: string },
): Promise<Record<string, unknown> & { id: string; name: string }> {
  const response = await t.http
    .post('/api/v1/plans')
    .set('Authorization', admin.bearer)
    .send({ name: `Forfait ${randomUUID().slice(0, 8)}`, ...plan })
    .expect(201);
  return response.body;
}

/** An officer (or host) grants the plan to a member from `from` (until `until`, inclusive). */
export async function givenMemberPlan(
  t: TestApp,
  granter: TestAccount,
  member: TestAccount,
  planId: string,
  from: string,
  until?: string,
): Promise<Record<string, unknown> & { id: string }> {
  const response = await t.http
    .put(`/api/v1/users/${member.id}/plan`)
    .set('Authorization', granter.bearer)
    .send({ planId, from, ...(until ? { until } : {}) })
    .expect(200);
  return response.body;
}
