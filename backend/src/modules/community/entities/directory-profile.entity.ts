import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';

export const TRADE_MAX_LENGTH = 80;
export const HELP_TEXT_MAX_LENGTH = 1000;

/**
 * A member's card in the network's directory. Hidden until the member lists it (`listed`); their e-mail
 * address shows only if they chose so (`show_email`). Skills and sites are rows of their own
 * (`DirectoryProfileSkill`, `DirectoryProfileSite`), so that the directory filters on them with an index.
 */
@Entity({ name: 'directory_profiles' })
@Check('directory_profiles_trade_check', `char_length(trade) <= ${TRADE_MAX_LENGTH}`)
@Check('directory_profiles_help_text_check', `char_length(help_text) <= ${HELP_TEXT_MAX_LENGTH}`)
export class DirectoryProfile {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'directory_profiles_pkey' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'directory_profiles_user_id_fkey' })
  user?: User;

  /** Opt-in: nobody sees the card until the member lists it. */
  @Column({ type: 'boolean', default: false })
  listed: boolean;

  @Column({ type: 'text', default: '' })
  trade: string;

  /** "What I can help with", plain text. */
  @Column({ name: 'help_text', type: 'text', default: '' })
  helpText: string;

  @Column({ name: 'show_email', type: 'boolean', default: false })
  showEmail: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
