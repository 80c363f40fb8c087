import { describe, expect, it } from '@jest/globals';
import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it.each(['password1', 'Azertyuiop', '123456789', 'qwertyuiop'])('refuses the common password %s', (password) => {
    expect(passwordProblems(password, 'camille@example.fr')).toEqual([
      { field: 'password', message: expect.any(String) },
    ]);
  });

  it('refuses the address as a password', () => {
    expect(passwordProblems('camille.martin', 'camille.martin@example.fr')).toHaveLength(1);
  });

  it('accepts a passphrase without composition rules', () => {
    expect(passwordProblems('les tournesols de fleurance', 'camille@example.fr')).toEqual([]);
  });
});
