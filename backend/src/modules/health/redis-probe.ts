import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

export type RedisState = 'up' | 'degraded' | 'not_configured';

/** Asks Redis for a PONG with a short timeout; a Redis that is down only degrades the service. */
@Injectable()
export class RedisProbe implements OnModuleDestroy {
  private readonly client: Redis | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) {
      this.client = new Redis(config.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        lazyConnect: true,
        // Readiness should see Redis back within a second of its return, not after a long backoff: this
        // client only ever sends a PING.
        retryStrategy: () => 1000,
      });
      this.client.on('error', () => undefined);
    }
  }

  async state(): Promise<RedisState> {
    if (!this.client) return 'not_configured';
    try {
      if (this.client.status === 'wait' || this.client.status === 'end') await this.client.connect();
      const pong = await Promise.race([
        this.client.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000)),
      ]);
      return pong === 'PONG' ? 'up' : 'degraded';
    } catch {
      return 'degraded';
    }
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }
}
