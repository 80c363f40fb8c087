import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotentRequest } from './idempotent-request.entity';
import { IdempotencyKeyExpiry } from './idempotency-key-expiry';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency.store';

/**
 * `Idempotency-Key` for the creating routes marked `@Idempotent()`: a global interceptor that does nothing on
 * other routes, the table it keeps first answers in, and the loop that forgets them after 24 hours.
 */
@Module({
  imports: [TypeOrmModule.forFeature([IdempotentRequest])],
  providers: [IdempotencyStore, IdempotencyKeyExpiry, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
})
export class IdempotencyModule {}
