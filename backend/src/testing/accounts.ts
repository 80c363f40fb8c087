import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** `Authorization` header value. */
  bearer: string;
}

export const TEST_PASSWORD = 'a long enough passphrase';

/** A member signed up through the API, as a teleworker would. */
export async function givenMember(t: TestApp, overrides: Record<string, string> = {}): Promise<TestAccount> {
  const email = overrides['email'] ?? `member-${randomUUID()}@example.fr`;
  const response = await t.http
    .post('/api/v1/auth/register')
    .send({ email, password: TEST_PASSWORD, firstName: 'Camille', lastName: 'Martin', ...overrides })
    .expect(201);
  const { user, accessToken, refreshToken } = response.body;
  return { id: user.id, email, password: TEST_PASSWORD, accessToken, refreshToken, bearer: `Bearer ${accessToken}` };
}

/** A network officer. Roles are read on every request, so the token already carries the new role. */
export async function givenAdmin(t: TestApp): Promise<TestAccount> {
  const account = await givenMember(t, { firstName: 'Agnès', lastName: 'Officer' });
  await t.dataSource.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [account.id]);
  return account;
}
