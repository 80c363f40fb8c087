import { describe, expect, it } from '@jest/globals';
import { firstFreeSlug, isUuid, SLUG_PATTERN, slugFromName } from './site-slug';

describe('site slugs', () => {
  it('are the name without accents, apostrophes or punctuation', () => {
    expect(slugFromName('Auch Tiers-Lieu')).toBe('auch-tiers-lieu');
    expect(slugFromName("L'Atelier d'Éauze !")).toBe('l-atelier-d-eauze');
    expect(slugFromName('  Cœur de Gascogne  ')).toBe('coeur-de-gascogne');
  });

  it('fall back to "site" for a name with no letter or digit', () => {
    expect(slugFromName('!!!')).toBe('site');
  });

  it('stay short enough for a suffix', () => {
    const slug = slugFromName('tiers lieu '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(76);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('take the first free numeric suffix on a collision', () => {
    expect(firstFreeSlug('auch', new Set())).toBe('auch');
    expect(firstFreeSlug('auch', new Set(['auch']))).toBe('auch-2');
    expect(firstFreeSlug('auch', new Set(['auch', 'auch-2', 'auch-3']))).toBe('auch-4');
  });

  it('tell an id from a slug', () => {
    expect(isUuid('0b6a3f5e-4c1d-4a8e-9f3b-2d7c1e5a9b10')).toBe(true);
    expect(isUuid('auch-tiers-lieu')).toBe(false);
    expect(slugFromName('0B6A3F5E-4C1D-4A8E-9F3B-2D7C1E5A9B10')).toBe('site-0b6a3f5e-4c1d-4a8e-9f3b-2d7c1e5a9b10');
  });
});
