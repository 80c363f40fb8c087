import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { HandlesJob, JobHandler, JobOutcome } from '../../jobs/job-handler';
import { PeopleDirectory } from '../identity/people-directory';
import { Mailer } from '../notifications/mailer';
import { NETWORK_ZONE } from './newcomer-terms';

/** What `newcomers/next-action` reads; every field is there (the templates are strict). */
export interface NextActionData {
  firstName: string;
  newcomerName: string;
  /** The action's day, in words: `vendredi 4 décembre 2026`. */
  date: string;
  note: string | null;
  links: { file: string };
}

/**
 * Reminds the officer in charge of a file of its next action, on the morning of its date. Skipped when the
 * file moved on: another date or officer (which has its own reminder), anonymised, or the officer is no
 * longer one. An officer's duty mail: no topic, so no preference turns it off.
 */
@Injectable()
@HandlesJob('newcomer.next-action-reminder')
export class NewcomerNextActionHandler implements JobHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const { newcomerId, officerId, date } = payload;
    const [file]: { first_name: string; last_name: string; next_action_note: string | null }[] =
      await this.dataSource.query(
        `SELECT first_name, last_name, next_action_note FROM newcomers
         WHERE id = $1 AND anonymised_at IS NULL AND officer_id = $2 AND next_action_date = $3::date`,
        [newcomerId, officerId, date],
      );
    if (!file) return 'skipped';
    const [officer] = await this.people.officers(officerId);
    if (!officer) return 'skipped';
    const data: NextActionData = {
      firstName: officer.firstName,
      newcomerName: `${file.first_name} ${file.last_name}`.trim(),
      date: DateTime.fromISO(date, { zone: NETWORK_ZONE }).setLocale(officer.locale).toFormat('cccc d LLLL yyyy'),
      note: file.next_action_note,
      links: { file: `${this.config.publicUrl}/reseau/nouveaux-arrivants/${newcomerId}` },
    };
    return this.mailer.send({
      to: { email: officer.email, locale: officer.locale },
      template: 'newcomers/next-action',
      data,
    });
  }
}
