import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Recurring, RecurringTask } from '../../jobs/recurring-task';
import { NewcomersService } from './newcomers.service';

/** When files past their retention date are anonymised: 03:00, Paris time, every day. */
export const NEWCOMER_RETENTION = { id: 'newcomers.retention', pattern: '0 3 * * *', tz: 'Europe/Paris' };

/** Files anonymised per transaction: a long backlog does not hold one huge transaction. */
const BATCH = 500;

/**
 * At 03:00 Paris: anonymises the files whose `retain_until` has passed, that is those idle (no status change,
 * no note) for `RETENTION` and those dropped for `DROPPED_RETENTION`. Unlike the mail tasks it writes no outbox
 * row: anonymising is idempotent (a file already anonymised is left alone), so a second run of the same
 * occurrence, here or in another process, changes nothing.
 */
@Injectable()
@Recurring(NEWCOMER_RETENTION)
export class NewcomerRetentionTask implements RecurringTask {
  constructor(
    private readonly dataSource: DataSource,
    private readonly newcomers: NewcomersService,
  ) {}

  async run(firedAt: Date): Promise<void> {
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const due: { id: string }[] = await manager.query(
          `SELECT id FROM newcomers WHERE anonymised_at IS NULL AND retain_until <= $1
           ORDER BY retain_until LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [firedAt, BATCH],
        );
        return this.newcomers.anonymise(
          manager,
          due.map((row) => row.id),
          null,
        );
      });
      if (done.length < BATCH) return;
    }
  }
}
