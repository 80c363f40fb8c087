import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { timingSafeEqual, createHash } from 'node:crypto';
import { Public } from '../../common/access/access.decorators';
import { NotFound, Unauthenticated } from '../../common/problem/domain-error';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Metrics } from './metrics';

/** Compares digests, so that neither the length nor the content of the token leaks through timing. */
export function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Prometheus' scrape target. Not an account's route: it answers the `METRICS_TOKEN` bearer, not a session
 * (Prometheus holds no account), and is off (404) when no token is configured.
 */
@ApiTags('health')
@Controller('api/metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  @Get()
  @Public()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Prometheus metrics (text exposition format)',
    description:
      'Needs `Authorization: Bearer <METRICS_TOKEN>`. Request latency by route, bookings and registrations made, ' +
      'outbox backlog, BullMQ queue depth (absent without Redis), mails sent and failed: see docs/monitoring.md.',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The series, in Prometheus text format 0.0.4', schema: { type: 'string' } })
  @ApiUnauthorizedResponse({ description: 'No bearer token, or not METRICS_TOKEN' })
  @ApiNotFoundResponse({ description: 'METRICS_TOKEN is not set: the endpoint is off' })
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const expected = this.config.metricsToken;
    if (!expected) throw new NotFound('Route', 'GET /api/metrics');
    const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!given || !sameToken(given, expected)) {
      throw new Unauthenticated('The metrics endpoint needs Authorization: Bearer <METRICS_TOKEN>.');
    }
    const { contentType, body } = await this.metrics.exposition();
    response.setHeader('Content-Type', contentType);
    response.setHeader('Cache-Control', 'no-store');
    return body;
  }
}
