import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { SQL_TIMELINE_KINDS, type TimelineKind } from '../newcomer-terms';
import { Newcomer } from './newcomer.entity';

/** One dated entry of a newcomer's file: a note, a status change, a mail sent (`TIMELINE_KINDS`). */
@Entity({ name: 'newcomer_timeline' })
@Index('newcomer_timeline_newcomer_id_idx', ['newcomerId', 'seq'])
@Check('newcomer_timeline_kind_check', `kind IN (${SQL_TIMELINE_KINDS})`)
export class NewcomerTimelineEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'newcomer_timeline_pkey' })
  id: string;

  @Column({ name: 'newcomer_id', type: 'uuid' }) newcomerId: string;

  @ManyToOne(() => Newcomer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newcomer_id', foreignKeyConstraintName: 'newcomer_timeline_newcomer_id_fkey' })
  newcomer?: Newcomer;

  /** The order of writing, whatever the clock says: two entries of one instant keep their order. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' }) seq: string;

  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'text' }) kind: TimelineKind;

  /** The officer who wrote or did it; null for the newcomer's own form, the mails and the retention task. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'newcomer_timeline_author_id_fkey' })
  author?: User;

  @Column({ type: 'text', nullable: true }) text: string | null;
  @Column({ type: 'text', nullable: true }) value: string | null;
}
