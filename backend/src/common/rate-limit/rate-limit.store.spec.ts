import { describe, expect, it } from '@jest/globals';
import { MemoryRateLimitStore } from './rate-limit.store';

describe('MemoryRateLimitStore', () => {
  it('counts hits per key within a window and starts again after it', async () => {
    let now = 0;
    const store = new MemoryRateLimitStore(() => now);
    expect((await store.hit('a', 60)).count).toBe(1);
    expect((await store.hit('a', 60)).count).toBe(2);
    expect((await store.hit('b', 60)).count).toBe(1);
    now = 30_000;
    expect(await store.hit('a', 60)).toEqual({ count: 3, resetSeconds: 30 });
    now = 60_000;
    expect((await store.hit('a', 60)).count).toBe(1);
  });
});
