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
});
