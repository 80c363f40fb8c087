import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { Metrics } from './metrics';
import { RequestMetrics } from './request-metrics';
import { WorkerMetricsServer } from './worker-metrics-server';

/**
 * Prometheus metrics: `Metrics` is exported to every module (global) so that each counts what it makes where it
 * makes it (bookings, registrations, mails); the outbox and queue gauges are read at scrape time through the
 * jobs module's `OutboxMonitor`. Served by the API at `/api/metrics` and by a worker on `METRICS_PORT`.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [Metrics, RequestMetrics, WorkerMetricsServer],
  exports: [Metrics, RequestMetrics],
})
export class MonitoringModule {}
