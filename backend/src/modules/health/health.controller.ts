import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../../common/access/access.decorators';
import { MailTransport } from '../notifications/mail-transport';
import { RedisProbe } from './redis-probe';

class LivenessView {
  @ApiProperty({ example: 'ok' }) status: string;
}

class DependencyStates {
  @ApiProperty({ enum: ['up', 'down'] }) database: string;
  @ApiProperty({
    enum: ['up', 'degraded', 'not_configured'],
    description: 'Down is degraded: bookings go on, the outbox waits',
  })
  redis: string;
  @ApiProperty({
    enum: ['up', 'degraded', 'not_configured'],
    description: 'Down is degraded: mails wait in the outbox and are retried. Not configured: mails go to files',
  })
  smtp: string;
}

class ReadinessView {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] }) status: string;
  @ApiProperty({ type: DependencyStates }) dependencies: DependencyStates;
}

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisProbe,
    private readonly mail: MailTransport,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: LivenessView, description: 'The process is up' })
  live(): LivenessView {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({
    type: ReadinessView,
    description: 'PostgreSQL answers; Redis or SMTP may be degraded (status degraded, naming which)',
  })
  @ApiServiceUnavailableResponse({ type: ReadinessView, description: 'PostgreSQL does not answer' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessView> {
    const [database, redis, smtp] = await Promise.all([
      this.health
        .check([() => this.database.pingCheck('database', { timeout: 1500 })])
        .then(() => 'up' as const)
        .catch(() => 'down' as const),
      this.redis.state(),
      this.mail.reachable(1500),
    ]);
    if (database === 'down') response.status(503);
    const degraded = redis === 'degraded' || smtp === 'degraded';
    const status = database === 'down' ? 'down' : degraded ? 'degraded' : 'ok';
    return { status, dependencies: { database, redis, smtp } };
  }
}
