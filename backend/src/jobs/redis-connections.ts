import type { RedisOptions as WorkerRedisOptions } from 'bullmq';
import { Redis } from 'ioredis';

/**
 * For adding jobs: no offline queue, so that an add fails at once when Redis is down and the outbox row
 * simply waits for the next relay pass.
 */
export function producerConnection(url: string): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 5000),
  });
}

/**
 * For workers: options rather than a client, so that BullMQ owns (and on shutdown closes) both the
 * worker's connection and the blocking one it derives from it. BullMQ needs `maxRetriesPerRequest: null`.
 */
export function workerConnectionOptions(url: string): WorkerRedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * 200, 5000),
  };
}

/** Waits for `work` at most `ms`: closing a queue while Redis is down must not hold a shutdown forever. */
export async function settleWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const finished = await Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]);
  clearTimeout(timer);
  return finished;
}
