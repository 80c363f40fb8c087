import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PROCESS_ROLE, ProcessRole } from '../../jobs/jobs-runtime';
import { Metrics } from './metrics';
import { sameToken } from './metrics.controller';

/**
 * A worker serves no HTTP, yet it is where mails are sent: with `METRICS_PORT` and `METRICS_TOKEN` it answers
 * `GET /metrics` (and nothing else) on that port, for the same bearer token as the API's `/api/metrics`.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server: Server | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PROCESS_ROLE) private readonly role: ProcessRole,
    private readonly metrics: Metrics,
  ) {}

  /** The port it listens on, once started (the configured one, or the one the system gave for 0). */
  port: number | undefined;

  async onApplicationBootstrap(): Promise<void> {
    const { metricsPort, metricsToken } = this.config;
    if (this.role !== 'worker' || metricsPort === undefined || !metricsToken) return;
    const server = createServer((request, response) => {
      const answer = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
        response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        response.end(body);
      };
      const path = (request.url ?? '').split('?')[0];
      if (request.method !== 'GET' || path !== '/metrics') return answer(404, 'Not found\n');
      const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (!given || !sameToken(given, metricsToken)) return answer(401, 'Authorization: Bearer <METRICS_TOKEN>\n');
      this.metrics.exposition().then(
        ({ contentType, body }) => answer(200, body, contentType),
        () => answer(500, 'Metrics could not be gathered\n'),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(metricsPort, () => resolve());
    });
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : metricsPort;
    this.server = server;
    this.logger.log(`Worker metrics at :${this.port}/metrics`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
