import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { PollingLoop } from './polling-loop';
import { OutboxProcessor } from './outbox-processor';

const BATCH = 20;

/**
 * Without Redis: polls the outbox table itself. Nothing scheduled lives in a timer, so a restart loses
 * nothing; the processor's lease keeps two processes from doing one message.
 */
export class InProcessRunner {
  private readonly logger = new Logger(InProcessRunner.name);
  private readonly loop: PollingLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly processor: OutboxProcessor,
    private readonly clock: Clock,
    intervalMs = 1000,
  ) {
    this.loop = new PollingLoop(() => this.runOnce(), intervalMs, this.logger, 'Outbox runner pass failed');
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** One pass over what is due: returns how many messages were done (sent or skipped). */
  async runOnce(): Promise<number> {
    const now = this.clock.now().toISOString();
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM outbox_messages
       WHERE sent_at IS NULL AND failed_at IS NULL AND due_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1)
       ORDER BY due_at LIMIT $2`,
      [now, BATCH],
    );
    let done = 0;
    for (const { id } of due) {
      const result = await this.processor.process(id, true);
      if (result === 'sent' || result === 'skipped') done += 1;
    }
    return done;
  }
}
