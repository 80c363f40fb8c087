import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Site } from '../../sites/entities/site.entity';

/** A date a series could not hold, and why (the `type` of the problem that stopped it). */
export interface EventSeriesConflict {
  date: string;
  reason: string;
  detail: string;
}

/**
 * A weekly event (the Tuesday telework café): one event per week between two dates, each an event of its
 * own (edited, cancelled and registered for on its own) that points back here. Written and read with SQL;
 * this entity describes the table for the schema test.
 */
@Entity({ name: 'event_series' })
@Index('event_series_created_by_idempotency_key_key', ['createdBy', 'idempotencyKey'], { unique: true })
@Check('event_series_conflicts_check', `jsonb_typeof(conflicts) = 'array'`)
export class EventSeries {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'event_series_pkey' })
  id: string;

  /** Null for an online or network-wide series. */
  @Column({ name: 'site_id', type: 'uuid', nullable: true })
  siteId: string | null;

  @ManyToOne(() => Site, { nullable: true })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'event_series_site_id_fkey' })
  site?: Site | null;

  /** The host or officer who made it; null once their account is erased. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'event_series_created_by_fkey' })
  creator?: User | null;

  /** The last local date an occurrence may fall on (inclusive). */
  @Column({ name: 'until_date', type: 'date' })
  untilDate: string;

  @Column({ type: 'jsonb', default: [] })
  conflicts: EventSeriesConflict[];

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** When what was left of it was cancelled. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
