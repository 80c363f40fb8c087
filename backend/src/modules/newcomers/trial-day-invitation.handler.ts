import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { HandlesJob, JobHandler, JobOutcome } from '../../jobs/job-handler';
import { Mailer } from '../notifications/mailer';
import { NETWORK_ZONE } from './newcomer-terms';
import { trialDayTokenHash } from './trial-days.service';

/** What `newcomers/trial-day-invitation` reads; every field is there (the templates are strict). */
export interface TrialDayInvitationData {
  firstName: string;
  siteName: string;
  siteAddress: string;
  /** The day, in words: `vendredi 4 décembre 2026`. */
  date: string;
  slot: 'full_day' | 'morning' | 'afternoon';
  fullDay: boolean;
  morning: boolean;
  /** Until when the link works, in words. */
  expires: string;
  /** The layout's footer: this person has no account (yet). */
  noAccount: true;
  links: { accept: string };
}

/**
 * The trial-day invitation, in the file's language, with the link that accepts it. The link's secret is
 * made here, when the mail goes, and only its hash is stored: the outbox carries ids, never secrets (a retry
 * after a failed send makes a new one, the old never having arrived). Skipped once the invitation was
 * withdrawn, accepted or expired, or the file anonymised. The mail sent goes on the file's timeline.
 */
@Injectable()
@HandlesJob('newcomer.trial-day-invitation')
export class TrialDayInvitationHandler implements JobHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const secret = randomBytes(32).toString('base64url');
    const [rows]: [
      {
        newcomer_id: string;
        day: string;
        slot: TrialDayInvitationData['slot'];
        expires_at: Date;
        site_name: string;
        site_address: string;
        site_timezone: string;
      }[],
      number,
    ] = await this.dataSource.query(
      `UPDATE newcomer_trial_days t SET token_hash = $2, sent_at = $3
       FROM sites s, newcomers n
       WHERE t.id = $1 AND s.id = t.site_id AND n.id = t.newcomer_id AND t.status = 'pending' AND t.expires_at > $3
         AND n.anonymised_at IS NULL
       RETURNING t.newcomer_id, to_char(t.date, 'YYYY-MM-DD') AS day, t.slot, t.expires_at, s.name AS site_name,
         s.address AS site_address, s.timezone AS site_timezone`,
      [payload['trialDayId'], trialDayTokenHash(secret), this.clock.now()],
    );
    const invitation = rows[0];
    if (!invitation) return 'skipped';
    const [file]: { email: string; first_name: string; locale: 'fr' | 'en' }[] = await this.dataSource.query(
      `SELECT email, first_name, locale FROM newcomers WHERE id = $1`,
      [invitation.newcomer_id],
    );
    const data: TrialDayInvitationData = {
      firstName: file.first_name,
      siteName: invitation.site_name,
      siteAddress: invitation.site_address,
      date: DateTime.fromISO(invitation.day, { zone: invitation.site_timezone })
        .setLocale(file.locale)
        .toFormat('cccc d LLLL yyyy'),
      slot: invitation.slot,
      fullDay: invitation.slot === 'full_day',
      morning: invitation.slot === 'morning',
      expires: DateTime.fromJSDate(invitation.expires_at, { zone: NETWORK_ZONE })
        .setLocale(file.locale)
        .toFormat(file.locale === 'fr' ? "cccc d LLLL 'à' HH'h'mm" : "cccc d LLLL 'at' HH:mm"),
      noAccount: true,
      links: { accept: `${this.config.publicUrl}/journee-essai/${secret}` },
    };
    const outcome = await this.mailer.send({
      to: { email: file.email, locale: file.locale },
      template: 'newcomers/trial-day-invitation',
      data,
    });
    await this.dataSource.query(
      `INSERT INTO newcomer_timeline (newcomer_id, at, kind, value) VALUES ($1, $2, 'mail', 'trial_day_invitation')`,
      [invitation.newcomer_id, this.clock.now()],
    );
    return outcome;
  }
}
