import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Commune } from '../../territory/entities/commune.entity';

export type Role = 'member' | 'host' | 'admin';
export type Locale = 'fr' | 'en';

/** A person with an account: a teleworker (member), a host of sites, or a network officer (admin). */
@Entity({ name: 'users' })
@Index('users_email_key', ['email'], { unique: true })
@Check('users_role_check', `role IN ('member', 'host', 'admin')`)
@Check('users_locale_check', `locale IN ('fr', 'en')`)
@Check('users_email_normalised_check', `email = lower(btrim(email))`)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'users_pkey' })
  id: string;

  /** Stored normalised (trimmed, lower case): addresses are case-insensitive. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ type: 'text', default: 'member' })
  role: Role;

  @Column({ type: 'text', default: 'fr' })
  locale: Locale;

  @Column({ name: 'home_commune_code', type: 'text', nullable: true })
  homeCommuneCode: string | null;

  @ManyToOne(() => Commune, { nullable: true })
  @JoinColumn({ name: 'home_commune_code', foreignKeyConstraintName: 'users_home_commune_code_fkey' })
  homeCommune?: Commune | null;

  /** Unverified accounts can sign in and browse; they are reminded to confirm their address. */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Two-factor sign-in: the TOTP secret once turned on (base32). */
  @Column({ name: 'mfa_secret', type: 'text', nullable: true })
  mfaSecret: string | null;

  /** A secret being set up, until a first code proves the app has it. */
  @Column({ name: 'mfa_pending_secret', type: 'text', nullable: true })
  mfaPendingSecret: string | null;

  /** The last TOTP time step accepted: a code is good once. */
  @Column({ name: 'mfa_last_step', type: 'bigint', nullable: true })
  mfaLastStep: string | null;

  /** SHA-256 of the unused recovery codes. */
  @Column({ name: 'mfa_recovery_hashes', type: 'text', array: true, default: () => "'{}'" })
  mfaRecoveryHashes: string[];

  /** Consecutive failed sign-ins; reset by a successful one. */
  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins: number;

  /** After too many failures, sign-in is refused (429) until then. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
