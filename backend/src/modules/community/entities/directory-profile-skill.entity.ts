import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DirectoryProfile } from './directory-profile.entity';

export const SKILL_MAX_LENGTH = 40;
export const SKILLS_PER_PROFILE = 15;

/**
 * One skill of a profile, as a normalised tag (`skill-tags.ts`): `tag` as shown (lower case, single spaces),
 * `key` as compared (no accents either), so that "Électricité" and "electricite" are one skill, once per
 * profile, and the directory's skill filter and autocomplete go through an index on `key`.
 */
@Entity({ name: 'directory_profile_skills' })
@Index('directory_profile_skills_key_idx', ['key'])
@Check(
  'directory_profile_skills_tag_check',
  `tag = lower(btrim(tag)) AND char_length(tag) BETWEEN 1 AND ${SKILL_MAX_LENGTH} AND tag !~ '\\s\\s'`,
)
@Check('directory_profile_skills_key_check', `key <> '' AND key = lower(key)`)
@Check('directory_profile_skills_position_check', `position >= 0 AND position < ${SKILLS_PER_PROFILE}`)
export class DirectoryProfileSkill {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'directory_profile_skills_pkey' })
  userId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'directory_profile_skills_pkey' })
  key: string;

  @ManyToOne(() => DirectoryProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'directory_profile_skills_user_id_fkey' })
  profile?: DirectoryProfile;

  @Column({ type: 'text' })
  tag: string;

  /** The member's order. */
  @Column({ type: 'smallint' })
  position: number;
}
