import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, ValidateNested } from 'class-validator';
import { Omittable } from '../../../common/problem/presence';
import { UpdateMeRequest } from '../../identity/dto/session.dto';
import type { Locale } from '../../identity/entities/user.entity';
import type { MailTopic } from '../mail-topics';

/** Each optional e-mail (`MAIL_TOPICS`) and whether the member wants it. */
export class MailTopicChoices {
  @ApiProperty({ description: 'Confirmation of a booking the member made, with its calendar invitation' })
  bookingConfirmations: boolean;

  @ApiProperty({ description: 'The reminder at 18:00 the evening before a booking' })
  bookingReminders: boolean;

  @ApiProperty({ description: 'Confirmation of an event registration or of a place in its waiting line' })
  eventRegistrations: boolean;

  @ApiProperty({ description: 'The reminder 24 hours before an event' })
  eventReminders: boolean;

  @ApiProperty({ description: 'For hosts: the sheet of tomorrow’s bookings and events, at 07:00' })
  hostDailySheet: boolean;
}

/** The field of `MailTopicChoices` that stands for each topic; a topic added without its field fails to compile. */
export const TOPIC_FIELDS: Record<MailTopic, keyof MailTopicChoices> = {
  'booking-confirmations': 'bookingConfirmations',
  'booking-reminders': 'bookingReminders',
  'event-registrations': 'eventRegistrations',
  'event-reminders': 'eventReminders',
  'host-daily-sheet': 'hostDailySheet',
};

export class NotificationPreferencesView {
  @ApiProperty({
    type: MailTopicChoices,
    description:
      'The optional e-mails; mails about what someone else did (a cancellation, a changed event, a place from the waiting line) are always sent',
  })
  topics: MailTopicChoices;

  @ApiProperty({ description: 'False when the member stopped all community mail (hosts’ announcements)' })
  communityAnnouncements: boolean;

  @ApiProperty({ enum: ['fr', 'en'], description: 'The language of the member’s e-mails (and of their account)' })
  locale: Locale;
}

export class MailTopicChoicesChange {
  @ApiPropertyOptional() @Omittable() @IsBoolean() bookingConfirmations?: boolean;
  @ApiPropertyOptional() @Omittable() @IsBoolean() bookingReminders?: boolean;
  @ApiPropertyOptional() @Omittable() @IsBoolean() eventRegistrations?: boolean;
  @ApiPropertyOptional() @Omittable() @IsBoolean() eventReminders?: boolean;
  @ApiPropertyOptional() @Omittable() @IsBoolean() hostDailySheet?: boolean;
}

/** Any subset; what is left out stays as it was. `locale` is validated as `PATCH /me` validates it. */
export class NotificationPreferencesChange extends PickType(UpdateMeRequest, ['locale'] as const) {
  @ApiPropertyOptional({ type: MailTopicChoicesChange, description: 'Only the topics named change' })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => MailTopicChoicesChange)
  topics?: MailTopicChoicesChange;

  @ApiPropertyOptional({ description: 'False stops all community mail; true receives it again' })
  @Omittable()
  @IsBoolean()
  communityAnnouncements?: boolean;
}
