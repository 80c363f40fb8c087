import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { HandlesJob, JobHandler, JobOutcome } from '../../../jobs/job-handler';
import { MailTransport } from '../../notifications/mail-transport';
import { User } from '../entities/user.entity';
import { welcomeMail } from './welcome-mail';

/** Sends the welcome mail; an account erased before the mail left gets none. */
@Injectable()
@HandlesJob('identity.welcome')
export class WelcomeMailHandler implements JobHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: payload['userId'] });
    if (!user) return 'skipped';
    await this.mail.send({ to: user.email, ...welcomeMail(user, this.config.publicUrl) });
    return 'sent';
  }
}
