import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenMember } from '../../testing/accounts';
import { createTestApp, TestApp } from '../../testing/test-app';
import { PeopleDirectory } from './people-directory';

describe('PeopleDirectory', () => {
  let t: TestApp;
  let directory: PeopleDirectory;

  beforeAll(async () => {
    t = await createTestApp();
    directory = t.app.get(PeopleDirectory);
  });
  afterAll(async () => {
    await t.close();
  });

  it('names the accounts asked for, once each, and leaves out ids that name no one', async () => {
    const anne = await givenMember(t, { firstName: 'Anne', lastName: 'Lamarque' });
    const cards = await directory.cards([anne.id, anne.id, '00000000-0000-4000-8000-000000000000']);
    expect([...cards.values()]).toEqual([{ id: anne.id, firstName: 'Anne', lastName: 'Lamarque', email: anne.email }]);
  });

  it('answers an empty map for no ids, and refuses more ids than a page holds', async () => {
    expect((await directory.cards([])).size).toBe(0);
    const many = Array.from({ length: 501 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    await expect(directory.cards(many)).rejects.toThrow(RangeError);
  });

  it('searches names and addresses by words, without case or accents, among the accounts given or all', async () => {
    const stamp = Date.now();
    const [gaelle, gael] = await Promise.all([
      givenMember(t, { firstName: 'Gaëlle', lastName: `Éché-${stamp}`, email: `g.eche-${stamp}@example.fr` }),
      givenMember(t, { firstName: 'Gaël', lastName: `Eche-${stamp}` }),
    ]);
    const everyone = await directory.search({ q: `GAEL eche ${stamp}`, limit: 10, offset: 0 });
    expect(everyone.items.map((c) => c.id).sort()).toEqual([gaelle.id, gael.id].sort());
    expect(everyone.total).toBe(2);
    const amongOne = await directory.search({ q: `gaelle ${stamp}`, among: [gael.id], limit: 10, offset: 0 });
    expect(amongOne).toEqual({ items: [], total: 0 });
    // The address in full finds its account outside the accounts given.
    const byAddress = await directory.search({ q: gaelle.email, among: [], limit: 10, offset: 0 });
    expect(byAddress).toEqual({
      items: [{ id: gaelle.id, firstName: 'Gaëlle', lastName: `Éché-${stamp}`, email: gaelle.email }],
      total: 1,
    });
    await expect(directory.search({ q: ' - ', limit: 10, offset: 0 })).rejects.toMatchObject({
      kind: 'invalid',
      errors: [expect.objectContaining({ field: 'q' })],
    });
  });
});
