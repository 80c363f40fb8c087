import { randomUUID } from 'node:crypto';
import { givenMember, TestAccount } from './accounts';
import type { TestApp } from './test-app';

const WORKDAY = [
  ['08:30', '12:30'],
  ['13:30', '18:00'],
];

/** Monday to Friday with a lunch break, closed at the weekend: the usual week of a Gers tiers-lieu. */
export const OFFICE_WEEK = { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] };

/** A valid creation request for a site in Auch; `overrides` replace any field. */
export function siteRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `Tiers-lieu ${randomUUID().slice(0, 8)}`,
    communeCode: '32013',
    address: '12 rue Gambetta, 32000 Auch',
    latitude: 43.6465,
    longitude: 0.5855,
    amenities: ['fibre', 'coffee'],
    fibreMbps: 1000,
    openingHours: OFFICE_WEEK,
    ...overrides,
  };
}

export interface TestSite {
  id: string;
  slug: string;
  body: Record<string, unknown>;
}

/** A site created by an admin through the API; published unless `status` says otherwise. */
export async function givenSite(
  t: TestApp,
  admin: TestAccount,
  overrides: Record<string, unknown> = {},
  status: 'draft' | 'published' | 'archived' = 'published',
): Promise<TestSite> {
  const created = await t.http
    .post('/api/v1/sites')
    .set('Authorization', admin.bearer)
    .send(siteRequest(overrides))
    .expect(201);
  if (status === 'draft') return { id: created.body.id, slug: created.body.slug, body: created.body };
  const changed = await t.http
    .patch(`/api/v1/sites/${created.body.id}`)
    .set('Authorization', admin.bearer)
    .send({ status })
    .expect(200);
  return { id: changed.body.id, slug: changed.body.slug, body: changed.body };
}

/** A member the admin appoints as a host of the site; their token already carries the new role. */
export async function givenHost(t: TestApp, admin: TestAccount, siteId: string): Promise<TestAccount> {
  const host = await givenMember(t, { firstName: 'Hélène', lastName: 'Host' });
  await t.http.put(`/api/v1/sites/${siteId}/hosts/${host.id}`).set('Authorization', admin.bearer).expect(204);
  return host;
}

/** A resource created through the API by someone who manages the site. */
export async function givenResource(
  t: TestApp,
  manager: TestAccount,
  siteId: string,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown> & { id: string }> {
  const response = await t.http
    .post(`/api/v1/sites/${siteId}/resources`)
    .set('Authorization', manager.bearer)
    .send({ name: `Bureau ${randomUUID().slice(0, 4)}`, kind: 'desk', ...overrides })
    .expect(201);
  return response.body;
}
