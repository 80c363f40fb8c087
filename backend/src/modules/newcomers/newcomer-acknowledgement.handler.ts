import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { HandlesJob, JobHandler, JobOutcome } from '../../jobs/job-handler';
import { Mailer } from '../notifications/mailer';
import { RETENTION } from './newcomer-terms';

/** What `newcomers/acknowledgement` reads; every field is there (the templates are strict). */
export interface AcknowledgementData {
  firstName: string;
  retentionYears: number;
  /** The layout's footer: this person has no account, so the "you have an account" line does not apply. */
  noAccount: true;
}

/**
 * The acknowledgement of the intake form, in the language the form was filled in. The newcomer has no
 * account (no `userId`: no preferences apply; they asked to be contacted). Skipped once the file is
 * anonymised (erased before the mail went). The mail sent goes on the file's timeline.
 */
@Injectable()
@HandlesJob('newcomer.acknowledgement')
export class NewcomerAcknowledgementHandler implements JobHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const [file]: { email: string; first_name: string; locale: 'fr' | 'en' }[] = await this.dataSource.query(
      `SELECT email, first_name, locale FROM newcomers WHERE id = $1 AND anonymised_at IS NULL`,
      [payload['newcomerId']],
    );
    if (!file) return 'skipped';
    const data: AcknowledgementData = { firstName: file.first_name, retentionYears: RETENTION.years, noAccount: true };
    const outcome = await this.mailer.send({
      to: { email: file.email, locale: file.locale },
      template: 'newcomers/acknowledgement',
      data,
    });
    await this.dataSource.query(
      `INSERT INTO newcomer_timeline (newcomer_id, at, kind, value) VALUES ($1, $2, 'mail', 'acknowledgement')`,
      [payload['newcomerId'], this.clock.now()],
    );
    return outcome;
  }
}
