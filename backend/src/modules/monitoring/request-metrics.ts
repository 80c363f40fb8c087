import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Metrics } from './metrics';

/** What requests that matched no route are counted under: raw paths would make a series per URL. */
export const UNMATCHED_ROUTE = '(unmatched)';

/**
 * Times every HTTP request and counts it under its route template (`/api/v1/bookings/:id`), read from Express
 * once the answer is sent: ids, tokens and query strings never become labels. Mounted first by `http-app.ts`.
 */
@Injectable()
export class RequestMetrics {
  constructor(private readonly metrics: Metrics) {}

  /** A method rather than a bound field: OpenAPI export's preview mode hands out instances it never constructed. */
  handle(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const route = request.route as { path?: unknown } | undefined;
      const template = typeof route?.path === 'string' ? `${request.baseUrl}${route.path}` : UNMATCHED_ROUTE;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.requestAnswered(request.method, template, response.statusCode, seconds);
    });
    next();
  }
}
