import { describe, expect, it } from '@jest/globals';
import { searchKey } from './search-key';

describe('searchKey', () => {
  it.each([
    ["L'Isle-Jourdain", 'l isle jourdain'],
    ['Éauze', 'eauze'],
    ['Saint-Clar', 'saint clar'],
    ['  Lectoure  ', 'lectoure'],
    ['Castéra-Verduzan', 'castera verduzan'],
  ])('folds %s to %s', (name, key) => {
    expect(searchKey(name)).toBe(key);
  });
});
