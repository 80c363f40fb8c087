import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { Clock, SystemClock } from './clock/clock';
import { ProblemDetailsFilter } from './problem/problem-details.filter';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';

/** What every module leans on: the clock, the access guard and the problem+json filter. */
@Global()
@Module({
  providers: [
    { provide: Clock, useClass: SystemClock },
    // The rate limit runs first: a script hammering sign-in costs no token check.
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
  exports: [Clock],
})
export class CommonModule {}
