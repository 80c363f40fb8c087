import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Commune } from '../../territory/entities/commune.entity';
import {
  SQL_HOUSING,
  SQL_PROJECT_KINDS,
  SQL_STATUSES,
  SQL_TIMINGS,
  type HousingWish,
  type MoveTiming,
  type NewcomerStatus,
  type ProjectKind,
} from '../newcomer-terms';

/**
 * Someone who wrote through the Soho Solo form, and the officers' follow-up of them. Written and read with
 * SQL; this entity describes the table.
 */
@Entity({ name: 'newcomers' })
@Index('newcomers_status_idx', ['status'])
@Index('newcomers_officer_id_idx', ['officerId'])
@Index('newcomers_retain_until_idx', ['retainUntil'])
@Index('newcomers_user_id_idx', ['userId'])
@Index('newcomers_email_idx', ['email'], { where: 'anonymised_at IS NULL' })
@Index('newcomers_settled_at_idx', ['settledAt'], { where: 'settled_at IS NOT NULL' })
@Check('newcomers_project_kind_check', `project_kind IN (${SQL_PROJECT_KINDS})`)
@Check('newcomers_status_check', `status IN (${SQL_STATUSES})`)
@Check('newcomers_housing_check', `housing IN (${SQL_HOUSING})`)
@Check('newcomers_timing_check', `timing IN (${SQL_TIMINGS})`)
@Check('newcomers_locale_check', `locale IN ('fr', 'en')`)
@Check('newcomers_settled_at_check', `(status = 'settled') = (settled_at IS NOT NULL)`)
export class Newcomer {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'newcomers_pkey' })
  id: string;

  @Column({ name: 'first_name', type: 'text' }) firstName: string;
  @Column({ name: 'last_name', type: 'text' }) lastName: string;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ name: 'current_city', type: 'text' }) currentCity: string;
  @Column({ type: 'text' }) profession: string;
  @Column({ name: 'project_kind', type: 'text' }) projectKind: ProjectKind;
  @Column({ type: 'text' }) wishes: string;
  @Column({ type: 'integer', nullable: true }) adults: number | null;
  @Column({ type: 'integer', nullable: true }) children: number | null;
  @Column({ name: 'wished_area', type: 'text', nullable: true }) wishedArea: string | null;
  @Column({ name: 'wished_commune_code', type: 'text', nullable: true }) wishedCommuneCode: string | null;

  @ManyToOne(() => Commune)
  @JoinColumn({ name: 'wished_commune_code', foreignKeyConstraintName: 'newcomers_wished_commune_code_fkey' })
  wishedCommune?: Commune;

  @Column({ type: 'text', nullable: true }) housing: HousingWish | null;
  @Column({ name: 'fibre_needed', type: 'boolean', nullable: true }) fibreNeeded: boolean | null;
  @Column({ name: 'max_minutes_to_station', type: 'integer', nullable: true }) maxMinutesToStation: number | null;
  @Column({ name: 'max_minutes_to_toulouse', type: 'integer', nullable: true }) maxMinutesToToulouse: number | null;
  @Column({ type: 'text', nullable: true }) timing: MoveTiming | null;
  @Column({ type: 'text', default: 'fr' }) locale: 'fr' | 'en';
  @Column({ type: 'text', default: 'new' }) status: NewcomerStatus;

  @Column({ name: 'officer_id', type: 'uuid', nullable: true }) officerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'officer_id', foreignKeyConstraintName: 'newcomers_officer_id_fkey' })
  officer?: User;

  @Column({ name: 'welcome_commune_code', type: 'text', nullable: true }) welcomeCommuneCode: string | null;

  @ManyToOne(() => Commune)
  @JoinColumn({ name: 'welcome_commune_code', foreignKeyConstraintName: 'newcomers_welcome_commune_code_fkey' })
  welcomeCommune?: Commune;

  @Column({ name: 'next_action_date', type: 'date', nullable: true }) nextActionDate: string | null;
  @Column({ name: 'next_action_note', type: 'text', nullable: true }) nextActionNote: string | null;

  /** When they ticked the consent box: to be contacted and to have the file kept for `RETENTION`. */
  @Column({ name: 'consented_at', type: 'timestamptz' }) consentedAt: Date;

  /** Past this instant the retention task anonymises the file; moved on by each status change or note. */
  @Column({ name: 'retain_until', type: 'timestamptz' }) retainUntil: Date;

  /** When the file last became `settled` (null while it is not): the reports' year of settling. */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true }) settledAt: Date | null;

  /**
   * The member account the newcomer opened (a trial day accepted, or signing up with the file's address): the
   * file is then in that account's GDPR export, and erasing the account anonymises it (`NewcomerPersonalData`).
   */
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'newcomers_user_id_fkey' })
  user?: User;

  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true }) anonymisedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
