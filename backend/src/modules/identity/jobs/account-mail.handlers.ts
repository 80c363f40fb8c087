import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { HandlesJob, JobHandler, JobOutcome } from '../../../jobs/job-handler';
import { Mailer } from '../../notifications/mailer';
import { AccountLinks, LINK_PATHS } from '../account-links';
import type { AccountTokenPurpose } from '../entities/account-token.entity';
import type { Locale } from '../entities/user.entity';

interface LinkRow {
  purpose: AccountTokenPurpose;
  new_email: string | null;
  email: string;
  first_name: string;
  locale: Locale;
}

/**
 * Sends a mail that carries a single-use link: gives the link its secret at send time, so the outbox
 * holds only ids. A link used or expired meanwhile, or an erased account, sends nothing.
 */
abstract class AccountLinkMail implements JobHandler {
  /** The mail's template, `identity/<name>`; always sent (no topic), as the member asked for the link. */
  protected abstract readonly template: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly links: AccountLinks,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const [row]: LinkRow[] = await this.dataSource.query(
      `SELECT t.purpose, t.new_email, u.email, u.first_name, u.locale
       FROM account_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1`,
      [payload['linkId']],
    );
    if (!row) return 'skipped';
    const secret = await this.links.arm(this.dataSource.manager, payload['linkId']);
    if (!secret) return 'skipped';
    const link = `${this.config.publicUrl}${LINK_PATHS[row.purpose]}?token=${encodeURIComponent(secret)}`;
    await this.mailer.send({
      to: { email: row.new_email ?? row.email, locale: row.locale },
      template: this.template,
      data: { firstName: row.first_name, link },
    });
    return 'sent';
  }
}

@Injectable()
@HandlesJob('identity.welcome')
export class WelcomeMailHandler extends AccountLinkMail {
  protected readonly template = 'identity/welcome';
  constructor(dataSource: DataSource, links: AccountLinks, mailer: Mailer, @Inject(APP_CONFIG) config: AppConfig) {
    super(dataSource, links, mailer, config);
  }
}

@Injectable()
@HandlesJob('identity.password-reset')
export class PasswordResetMailHandler extends AccountLinkMail {
  protected readonly template = 'identity/password-reset';
  constructor(dataSource: DataSource, links: AccountLinks, mailer: Mailer, @Inject(APP_CONFIG) config: AppConfig) {
    super(dataSource, links, mailer, config);
  }
}

@Injectable()
@HandlesJob('identity.email-change')
export class EmailChangeMailHandler extends AccountLinkMail {
  protected readonly template = 'identity/email-change';
  constructor(dataSource: DataSource, links: AccountLinks, mailer: Mailer, @Inject(APP_CONFIG) config: AppConfig) {
    super(dataSource, links, mailer, config);
  }
}
