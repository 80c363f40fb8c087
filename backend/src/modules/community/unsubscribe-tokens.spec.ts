import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../config/app-config';
import { UnsubscribeTokens } from './unsubscribe-tokens';

const config = (secret: string) =>
  loadConfig({ DATA_DIR: '/tmp/bastide-unsubscribe-spec', JWT_SECRET: secret, NODE_ENV: 'test' });
const tokens = new UnsubscribeTokens(config('a signing secret that is long enough for hs256'));
const GRANT = {
  userId: '6f1c2a4e-1d2b-4c5e-9f00-000000000001',
  siteId: '0b5e8f7a-3c1d-4e2f-8a9b-00000000000a',
  scope: 'site' as const,
};

describe('unsubscribe tokens', () => {
  it('carry the member, the site and the scope, in 66 URL-safe characters', () => {
    const token = tokens.sign(GRANT);
    expect(token).toMatch(/^[A-Za-z0-9_-]{66}$/);
    expect(tokens.verify(token)).toEqual(GRANT);
    expect(tokens.verify(tokens.sign({ ...GRANT, scope: 'all' }))).toEqual({ ...GRANT, scope: 'all' });
  });

  it('refuse any changed byte, so a token cannot be turned to another member or a wider scope', () => {
    const bytes = Buffer.from(tokens.sign(GRANT), 'base64url');
    for (const index of [0, 20, 32, 40]) {
      const forged = Buffer.from(bytes);
      forged[index] ^= 1;
      expect(tokens.verify(forged.toString('base64url'))).toBeUndefined();
    }
  });

  it('refuse tokens signed under another secret, and anything that is not a token', () => {
    const other = new UnsubscribeTokens(config('another signing secret, long enough for hs256'));
    expect(tokens.verify(other.sign(GRANT))).toBeUndefined();
    expect(tokens.verify('')).toBeUndefined();
    expect(tokens.verify('not a token!')).toBeUndefined();
    expect(tokens.verify(tokens.sign(GRANT).slice(0, 40))).toBeUndefined();
  });
});
