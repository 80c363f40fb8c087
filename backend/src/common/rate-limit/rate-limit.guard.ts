import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  OnModuleDestroy,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { RateLimited } from '../problem/domain-error';
import { MemoryRateLimitStore, RateLimitStore, RedisRateLimitStore } from './rate-limit.store';

const RATE_LIMITED = 'bastide:rate-limited';
const WINDOW_SECONDS = 60;

/**
 * Marks a route limited to `RATE_LIMIT_PER_MINUTE` requests a minute from one address (sign-in, sign-up,
 * password reset, the newcomers' form): the doors that scripts knock on.
 */
export const LimitedPerAddress = () => SetMetadata(RATE_LIMITED, true);

@Injectable()
export class RateLimitGuard implements CanActivate, OnModuleDestroy {
  private readonly logger = new Logger(RateLimitGuard.name);
  private readonly store: RateLimitStore;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.store = config.redisUrl ? new RedisRateLimitStore(config.redisUrl) : new MemoryRateLimitStore();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const limit = this.config.rateLimitPerMinute;
    if (limit === 0 || !this.reflector.get<boolean>(RATE_LIMITED, context.getHandler())) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const key = `rate-limit:${request.route?.path ?? request.path}:${request.ip ?? 'unknown'}`;
    let window;
    try {
      window = await this.store.hit(key, WINDOW_SECONDS);
    } catch (error) {
      // A Redis outage must not lock everyone out of signing in; the per-account lock still holds.
      this.logger.warn({ err: error }, 'Rate limit store unreachable: request let through');
      return true;
    }
    if (window.count > limit) {
      throw new RateLimited(
        `Too many requests from this address: at most ${limit} a minute. Try again in ${window.resetSeconds} s.`,
        window.resetSeconds,
      );
    }
    return true;
  }

  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }
}
