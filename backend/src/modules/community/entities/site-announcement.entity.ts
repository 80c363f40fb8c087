import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Site } from '../../sites/entities/site.entity';

export const ANNOUNCEMENT_SUBJECT_MAX_LENGTH = 150;
export const ANNOUNCEMENT_BODY_MAX_LENGTH = 10_000;
export const MONTHS_BACK_MAX = 24;

/**
 * A message a site's team sent to the members who booked there in the last `months_back` months. One per
 * site and local day (`sent_on`, unique): the database keeps hosts from flooding their members, whichever
 * API process takes the request. The mails themselves are outbox messages, one per recipient.
 */
@Entity({ name: 'site_announcements' })
@Index('site_announcements_site_id_sent_on_key', ['siteId', 'sentOn'], { unique: true })
@Check('site_announcements_subject_check', `char_length(subject) BETWEEN 1 AND ${ANNOUNCEMENT_SUBJECT_MAX_LENGTH}`)
@Check('site_announcements_body_check', `char_length(body) BETWEEN 1 AND ${ANNOUNCEMENT_BODY_MAX_LENGTH}`)
@Check('site_announcements_months_back_check', `months_back BETWEEN 1 AND ${MONTHS_BACK_MAX}`)
@Check('site_announcements_recipient_count_check', `recipient_count >= 0`)
export class SiteAnnouncement {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'site_announcements_pkey' })
  id: string;

  @Column({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'site_announcements_site_id_fkey' })
  site?: Site;

  /** Null once the author erased their account. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'site_announcements_author_id_fkey' })
  author?: User | null;

  @Column({ type: 'text' })
  subject: string;

  /** As the host wrote it: plain text or the events' safe Markdown. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'months_back', type: 'integer' })
  monthsBack: number;

  @Column({ name: 'recipient_count', type: 'integer' })
  recipientCount: number;

  /** The site's local date of sending. */
  @Column({ name: 'sent_on', type: 'date' })
  sentOn: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
