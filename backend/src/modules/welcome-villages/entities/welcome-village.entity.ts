import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Commune } from '../../territory/entities/commune.entity';
import { RELAY_ROLES, VILLAGE_OFFERS, sqlList, sqlTextArray, type RelayRole } from '../welcome-village-terms';

/**
 * A commune that volunteered to welcome newcomers, its relay (who newcomers may contact) and what it offers.
 * Written and read with SQL; this entity describes the table.
 */
@Entity({ name: 'welcome_villages' })
@Unique('welcome_villages_commune_code_key', ['communeCode'])
@Check('welcome_villages_offers_check', `offers <@ ${sqlTextArray(VILLAGE_OFFERS)}`)
@Check('welcome_villages_relay_role_check', `relay_role IN (${sqlList(RELAY_ROLES)})`)
@Check('welcome_villages_relay_name_check', `length(relay_name) BETWEEN 1 AND 200`)
@Check('welcome_villages_relay_email_check', `relay_email ~ '^[^@[:space:]]+@[^@[:space:]]+$'`)
@Check('welcome_villages_description_fr_check', `length(description_fr) BETWEEN 1 AND 2000`)
@Check('welcome_villages_description_en_check', `length(description_en) BETWEEN 1 AND 2000`)
@Check('welcome_villages_latitude_check', `latitude BETWEEN -90 AND 90`)
@Check('welcome_villages_longitude_check', `longitude BETWEEN -180 AND 180`)
@Check('welcome_villages_position_check', `(latitude IS NULL) = (longitude IS NULL)`)
export class WelcomeVillage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'welcome_villages_pkey' })
  id: string;

  /** One entry per commune: a second offer from the same village edits the first. */
  @Column({ name: 'commune_code', type: 'text' })
  communeCode: string;

  @ManyToOne(() => Commune)
  @JoinColumn({ name: 'commune_code', foreignKeyConstraintName: 'welcome_villages_commune_code_fkey' })
  commune?: Commune;

  @Column({ name: 'relay_name', type: 'text' }) relayName: string;
  @Column({ name: 'relay_role', type: 'text' }) relayRole: RelayRole;
  @Column({ name: 'relay_email', type: 'text' }) relayEmail: string;
  @Column({ name: 'relay_phone', type: 'text', nullable: true }) relayPhone: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  offers: string[];

  @Column({ name: 'description_fr', type: 'text' }) descriptionFr: string;
  @Column({ name: 'description_en', type: 'text', nullable: true }) descriptionEn: string | null;

  /** Where to pin it on the map; the reference communes carry no coordinates. Both or neither. */
  @Column({ type: 'double precision', nullable: true }) latitude: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude: number | null;

  /** Shown on the public page (the relay agreed to be the public contact) once an officer publishes it. */
  @Column({ type: 'boolean', default: false }) published: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
