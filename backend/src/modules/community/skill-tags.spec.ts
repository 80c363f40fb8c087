import { describe, expect, it } from '@jest/globals';
import { skillTag, skillTags } from './skill-tags';

describe('skill tags', () => {
  it('lowers, trims and keeps single spaces, keeping the accents in what is shown', () => {
    expect(skillTag('  Droit   du\ttravail ')).toEqual({ tag: 'droit du travail', key: 'droit du travail' });
    expect(skillTag('Électricité')).toEqual({ tag: 'électricité', key: 'electricite' });
  });

  it('compares without accents, hyphens or apostrophes', () => {
    expect(skillTag('Front-End')?.key).toBe(skillTag('front end')?.key);
    expect(skillTag("Conseil d'entreprise")?.key).toBe('conseil d entreprise');
  });

  it('keeps each skill once, in the order typed, and drops blank ones', () => {
    expect(skillTags(['Graphisme', '   ', 'électricité', 'ELECTRICITE', 'graphisme', 'Vélo'])).toEqual([
      { tag: 'graphisme', key: 'graphisme' },
      { tag: 'électricité', key: 'electricite' },
      { tag: 'vélo', key: 'velo' },
    ]);
  });

  it('makes decomposed and composed accents one tag', () => {
    expect(skillTag('e\u0301lagage')).toEqual(skillTag('\u00e9lagage'));
  });
});
