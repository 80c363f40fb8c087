import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, Unique } from 'typeorm';
import { User } from '../../identity/entities/user.entity';

/**
 * A member's secret calendar feed: at most one per member. The feed's token is never stored: the row keeps
 * a random `nonce`, from which the server derives the token with its own key (so the member can be shown
 * the same address again), and the token's SHA-256 `token_hash`, by which a feed request finds the row.
 * Written and read with SQL; this entity describes the table for the schema test.
 */
@Entity({ name: 'calendar_feeds' })
@Unique('calendar_feeds_token_hash_key', ['tokenHash'])
@Check('calendar_feeds_nonce_check', `octet_length(nonce) = 32`)
@Check('calendar_feeds_token_hash_check', `octet_length(token_hash) = 32`)
export class CalendarFeed {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'calendar_feeds_pkey' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_feeds_user_id_fkey' })
  user?: User;

  @Column({ type: 'bytea' })
  nonce: Buffer;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
