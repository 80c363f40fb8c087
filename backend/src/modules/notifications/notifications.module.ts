import { Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';

/** E-mail delivery for every module; what each mail says belongs to the module that sends it. */
@Module({
  providers: [MailTransport],
  exports: [MailTransport],
})
export class NotificationsModule {}
