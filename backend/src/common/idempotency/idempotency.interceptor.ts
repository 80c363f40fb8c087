import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { RequestWithPrincipal } from '../access/access.decorators';
import { IDEMPOTENT_ROUTE } from './idempotent.decorator';
import { parseIdempotencyKey } from './idempotency-key';
import { IdempotencyStore } from './idempotency.store';
import { requestFingerprint } from './request-fingerprint';

/** Marks an answer given again for a key, as Stripe does, so that a client (and a test) can tell. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * Runs a route marked `@Idempotent()` at most once per user and key. Global interceptors run after the
 * guards (the principal is known) and before the pipes, so the fingerprint is taken on the body as sent.
 *
 * The first request claims the key, acts, and keeps its answer; one that fails gives the key back, so a
 * refused request (400, 404, 409, 422...) can be corrected and sent again with the same key, as the draft
 * allows. A duplicate that comes while the first is in flight gets a 409, one that comes after gets the
 * first answer. A process that dies mid-request leaves its key in flight until it expires: whether that
 * request acted cannot be known from here, and acting again could act twice.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || !this.reflector.get<boolean>(IDEMPOTENT_ROUTE, context.getHandler())) {
      return next.handle();
    }
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const header = request.headers['idempotency-key'];
    // Keys are per user; an anonymous caller has none to scope a key to (the decorator is for signed-in routes).
    if (header === undefined || !request.principal) return next.handle();
    const key = parseIdempotencyKey(Array.isArray(header) ? header.join(', ') : header);
    const response = context.switchToHttp().getResponse<Response>();
    const fingerprint = requestFingerprint({
      method: request.method,
      path: request.originalUrl.split('?')[0],
      query: request.query,
      body: request.body,
    });
    return from(this.once(request.principal.userId, key, fingerprint, response, next));
  }

  private async once(
    userId: string,
    key: string,
    fingerprint: string,
    response: Response,
    next: CallHandler,
  ): Promise<unknown> {
    const claim = await this.store.claim(userId, key, fingerprint);
    if (claim.kind === 'replay') {
      response.status(claim.status);
      response.setHeader(REPLAYED_HEADER, 'true');
      return claim.body ?? undefined;
    }
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await this.store
        .release(userId, key)
        .catch((failure: unknown) => this.logger.error({ err: failure }, 'Could not give an Idempotency-Key back'));
      throw error;
    }
    // The route acted: its answer goes out even if it cannot be kept (the key then stays in flight and
    // duplicates get 409 until it expires, never a second act). Nest set the route's status before the
    // interceptors ran.
    await this.store
      .complete(userId, key, response.statusCode, body)
      .catch((failure: unknown) => this.logger.error({ err: failure }, 'Could not keep an idempotent answer'));
    return body;
  }
}
