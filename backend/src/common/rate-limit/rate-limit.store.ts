import { Redis } from 'ioredis';

export interface WindowCount {
  count: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

/** Counts hits per key in fixed one-minute windows. */
export abstract class RateLimitStore {
  abstract hit(key: string, windowSeconds: number): Promise<WindowCount>;
  abstract close(): Promise<void>;
}

/** In Redis, so that the limit holds across every API process. */
export class RedisRateLimitStore extends RateLimitStore {
  private readonly client: Redis;

  constructor(url: string) {
    super();
    this.client = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (times) => Math.min(times * 500, 5000),
    });
    this.client.on('error', () => undefined);
  }

  async hit(key: string, windowSeconds: number): Promise<WindowCount> {
    const result = await this.client.multi().incr(key).expire(key, windowSeconds, 'NX').ttl(key).exec();
    if (!result) throw new Error('Redis transaction aborted');
    const count = Number(result[0][1]);
    const ttl = Number(result[2][1]);
    return { count, resetSeconds: ttl > 0 ? ttl : windowSeconds };
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }
}

/** Without Redis there is one process, and its memory is the right place. */
export class MemoryRateLimitStore extends RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetsAt: number }>();

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  async hit(key: string, windowSeconds: number): Promise<WindowCount> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.resetsAt <= now) {
      if (this.windows.size > 10_000) this.sweep(now);
      window = { count: 0, resetsAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetSeconds: Math.ceil((window.resetsAt - now) / 1000) };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }

  async close(): Promise<void> {
    this.windows.clear();
  }
}
