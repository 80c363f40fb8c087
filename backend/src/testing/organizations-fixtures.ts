import { randomUUID } from 'node:crypto';
import type { TestAccount } from './accounts';
import type { TestApp } from './test-app';

/** An employer an officer registers through the API; `overrides` replace any field (`contract`, `siren`). */
export async function givenOrganization(
  t: TestApp,
  admin: TestAccount,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown> & { id: string; name: string }> {
  const response = await t.http
    .post('/api/v1/organizations')
    .set('Authorization', admin.bearer)
    .send({ name: `Employeur ${randomUUID().slice(0, 8)}`, ...overrides })
    .expect(201);
  return response.body;
}

/** The officer makes the organization the member's employer. */
export async function givenEmployee(t: TestApp, admin: TestAccount, organizationId: string, member: TestAccount) {
  await t.http
    .put(`/api/v1/organizations/${organizationId}/members/${member.id}`)
    .set('Authorization', admin.bearer)
    .expect(204);
}
