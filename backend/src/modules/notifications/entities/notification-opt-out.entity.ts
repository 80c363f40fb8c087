import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import type { MailTopic } from '../mail-topics';

/**
 * An optional e-mail (`MAIL_TOPICS`) that a member turned off; no row means they want it. Written and read
 * with SQL by `NotificationPreferences`; this entity describes the table for the schema test.
 */
@Entity({ name: 'notification_opt_outs' })
@Check(
  'notification_opt_outs_topic_check',
  `topic IN ('booking-confirmations', 'booking-reminders', 'event-registrations', 'event-reminders', 'host-daily-sheet')`,
)
export class NotificationOptOut {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'notification_opt_outs_pkey' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_opt_outs_user_id_fkey' })
  user?: User;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'notification_opt_outs_pkey' })
  topic: MailTopic;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
