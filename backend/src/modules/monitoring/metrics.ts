import { Injectable, Logger } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { OutboxMonitor } from '../../jobs/outbox-monitor';

/** How a booking came to be: each is counted where it is made, once its transaction committed. */
export type BookingOrigin = 'member' | 'on_behalf' | 'series' | 'waitlist' | 'trial_day';

/** A query the scrape waits for at most this long; past it, its series are left out and its source is down. */
const SOURCE_TIMEOUT_MS = 2000;

/** Seconds: most routes answer in a few milliseconds, reports and exports in seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The process's Prometheus series, in a registry of its own (not prom-client's global one, so that two apps in
 * one process, as in the tests, never share counters). Modules count what they make through the methods below;
 * the gauges that need a query are read at scrape time by `collect`.
 */
@Injectable()
export class Metrics {
  private readonly logger = new Logger(Metrics.name);
  readonly registry = new Registry();

  private readonly requestDuration = new Histogram({
    name: 'bastide_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route template and status code (the _count is the request rate).',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly bookings = new Counter({
    name: 'bastide_bookings_made_total',
    help: 'Bookings made, by origin (member, on_behalf: by a host for a member, series, waitlist: a promotion, trial_day: a newcomer accepting a trial day).',
    labelNames: ['origin'] as const,
    registers: [this.registry],
  });
  private readonly registrations = new Counter({
    name: 'bastide_event_registrations_made_total',
    help: 'Event registrations made, by the status they got (registered, waitlisted).',
    labelNames: ['status'] as const,
    registers: [this.registry],
  });
  private readonly mailsSent = new Counter({
    name: 'bastide_mails_sent_total',
    help: 'Mails the SMTP server accepted (or, without SMTP_URL, written as .eml files) in this process.',
    registers: [this.registry],
  });
  private readonly mailsFailed = new Counter({
    name: 'bastide_mails_failed_total',
    help: 'Mails the SMTP server refused or could not be reached for, in this process (each try counts; the outbox retries).',
    registers: [this.registry],
  });
  private readonly outboxBacklog = new Gauge({
    name: 'bastide_outbox_backlog_messages',
    help: 'Outbox messages due and not yet relayed to BullMQ (without Redis: not yet worked).',
    registers: [this.registry],
  });
  private readonly outboxOldest = new Gauge({
    name: 'bastide_outbox_backlog_oldest_age_seconds',
    help: 'Seconds since the oldest message of the backlog fell due (0 when the backlog is empty).',
    registers: [this.registry],
  });
  private readonly outboxFailed = new Gauge({
    name: 'bastide_outbox_failed_messages',
    help: 'Outbox messages whose tries are spent, until an officer retries them.',
    registers: [this.registry],
  });
  private readonly queueJobs = new Gauge({
    name: 'bastide_queue_jobs',
    help: 'Jobs of the BullMQ outbox queue by state (waiting, active, delayed, failed). Absent without Redis.',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });
  private readonly queueOldest = new Gauge({
    name: 'bastide_queue_oldest_job_age_seconds',
    help: 'Seconds since the oldest waiting or delayed job was added, by state (0 when none). Absent without Redis.',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });
  private readonly sourceUp = new Gauge({
    name: 'bastide_metrics_source_up',
    help: 'Whether the scrape could read a source (outbox: PostgreSQL, queue: Redis) within 2 s; its series are absent when 0.',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });

  constructor(private readonly outbox: OutboxMonitor) {
    collectDefaultMetrics({ register: this.registry, prefix: 'bastide_' });
  }

  bookingsMade(origin: BookingOrigin, count = 1): void {
    if (count > 0) this.bookings.inc({ origin }, count);
  }

  registrationMade(status: string): void {
    this.registrations.inc({ status });
  }

  mailSent(): void {
    this.mailsSent.inc();
  }

  mailFailed(): void {
    this.mailsFailed.inc();
  }

  requestAnswered(method: string, route: string, status: number, seconds: number): void {
    this.requestDuration.observe({ method, route, status: String(status) }, seconds);
  }

  /** The text exposition, with the gauges that need a query read now. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    await Promise.all([this.readOutbox(), this.readQueue()]);
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private async readOutbox(): Promise<void> {
    try {
      const backlog = await within(this.outbox.backlog(), SOURCE_TIMEOUT_MS);
      this.outboxBacklog.set(backlog.waiting);
      this.outboxOldest.set(backlog.oldestAgeSeconds);
      this.outboxFailed.set(backlog.failed);
      this.sourceUp.set({ source: 'outbox' }, 1);
    } catch (error) {
      // An old value would lie: the series go away until PostgreSQL answers again.
      this.outboxBacklog.reset();
      this.outboxOldest.reset();
      this.outboxFailed.reset();
      this.sourceUp.set({ source: 'outbox' }, 0);
      this.logger.warn(`Metrics: the outbox could not be read (${String(error)})`);
    }
  }

  private async readQueue(): Promise<void> {
    this.queueJobs.reset();
    this.queueOldest.reset();
    let depth;
    try {
      depth = await within(this.outbox.queueDepth(), SOURCE_TIMEOUT_MS);
    } catch (error) {
      this.sourceUp.set({ source: 'queue' }, 0);
      this.logger.warn(`Metrics: the BullMQ queue could not be read (${String(error)})`);
      return;
    }
    if (!depth) return; // No Redis: no queue, no series.
    for (const [state, count] of Object.entries(depth.counts)) this.queueJobs.set({ state }, count);
    this.queueOldest.set({ state: 'waiting' }, depth.oldestWaitingAgeSeconds);
    this.queueOldest.set({ state: 'delayed' }, depth.oldestDelayedAgeSeconds);
    this.sourceUp.set({ source: 'queue' }, 1);
  }
}
