import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  Equals,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { Clearable, Omittable } from '../../../common/problem/presence';
import { HasNoNul, IsLocalDate } from '../../sites/dto/site-validators';
import {
  HOUSING_WISHES,
  MOVE_TIMINGS,
  NEWCOMER_STATUSES,
  PROJECT_KINDS,
  TIMELINE_KINDS,
  type HousingWish,
  type MoveTiming,
  type NewcomerStatus,
  type ProjectKind,
  type TimelineKind,
} from '../newcomer-terms';

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const lowerCased = Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));
const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/** The public intake form of the Soho Solo accompaniment. */
export class NewcomerIntakeRequest {
  @ApiProperty({ example: 'Claire', maxLength: 100 })
  @trimmed
  @IsString()
  @Length(1, 100)
  @HasNoNul()
  firstName: string;

  @ApiProperty({ example: 'Dupuy', maxLength: 100 })
  @trimmed
  @IsString()
  @Length(1, 100)
  @HasNoNul()
  lastName: string;

  @ApiProperty({ example: 'claire.dupuy@example.fr', maxLength: 254 })
  @lowerCased
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ example: '06 12 34 56 78', maxLength: 30 })
  @Omittable()
  @trimmed
  @IsString()
  @Matches(/^\+?[0-9 .()-]{6,30}$/, { message: 'phone must be a telephone number (digits, spaces, + . ( ) -)' })
  phone?: string;

  @ApiProperty({ example: 'Bordeaux', maxLength: 100, description: 'Where they live now' })
  @trimmed
  @IsString()
  @Length(1, 100)
  @HasNoNul()
  currentCity: string;

  @ApiProperty({ example: 'Graphiste', maxLength: 200, description: 'Their trade' })
  @trimmed
  @IsString()
  @Length(1, 200)
  @HasNoNul()
  profession: string;

  @ApiProperty({ enum: PROJECT_KINDS, enumName: 'NewcomerProjectKind' })
  @IsIn(PROJECT_KINDS)
  projectKind: ProjectKind;

  @ApiProperty({ example: 'Un village avec une école, à moins d’une heure de Toulouse', maxLength: 4000 })
  @trimmed
  @IsString()
  @Length(1, 4000)
  @HasNoNul()
  wishes: string;

  @ApiProperty({
    type: Boolean,
    description: 'Consent to be contacted and to have the file kept for the stated period; anything else is a 400',
  })
  @Equals(true, { message: 'consent must be true: we may not keep the file without it' })
  consent: true;

  @ApiPropertyOptional({ minimum: 1, maximum: 20, description: 'Adults in the household' })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(20)
  adults?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 20, description: 'Children in the household (schools)' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(20)
  children?: number;

  @ApiPropertyOptional({ example: 'Astarac, Val de Gers', maxLength: 200, description: 'The area they have in mind' })
  @Omittable()
  @trimmed
  @IsString()
  @Length(1, 200)
  @HasNoNul()
  wishedArea?: string;

  @ApiPropertyOptional({ example: '32013', description: 'A village or town they have in mind (INSEE code)' })
  @Omittable()
  @IsString()
  @Matches(INSEE_CODE, { message: 'wishedCommuneCode must be an INSEE commune code' })
  wishedCommuneCode?: string;

  @ApiPropertyOptional({ enum: HOUSING_WISHES, enumName: 'NewcomerHousingWish' })
  @Omittable()
  @IsIn(HOUSING_WISHES)
  housing?: HousingWish;

  @ApiPropertyOptional({ description: 'They need fibre broadband' })
  @Omittable()
  @IsBoolean()
  fibreNeeded?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 600, description: 'At most this many minutes to a railway station' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(600)
  maxMinutesToStation?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 600, description: 'At most this many minutes to Toulouse' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(600)
  maxMinutesToToulouse?: number;

  @ApiPropertyOptional({ enum: MOVE_TIMINGS, enumName: 'NewcomerMoveTiming' })
  @Omittable()
  @IsIn(MOVE_TIMINGS)
  timing?: MoveTiming;

  @ApiPropertyOptional({ enum: ['fr', 'en'], description: 'The language of the mails they get; French when left out' })
  @Omittable()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';

  /**
   * The honeypot: hidden from people by the form, filled in by form-filling robots. Must be empty or left out;
   * when filled, the answer is the same 201 but nothing is stored and nothing is sent.
   */
  @ApiPropertyOptional({ maxLength: 500, description: 'Leave empty (a field hidden from people)' })
  @Omittable()
  @IsString()
  @MaxLength(500)
  website?: string;
}

/**
 * What the public form gets back: the file's id (to quote when writing to the officers) and its status,
 * nothing of the file itself: anyone may call the route, and the answer must not echo personal data.
 */
export class NewcomerReceipt {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NEWCOMER_STATUSES, enumName: 'NewcomerStatus' }) status: NewcomerStatus;
}

export class NewcomerQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NEWCOMER_STATUSES, enumName: 'NewcomerStatus' })
  @IsOptional()
  @IsIn(NEWCOMER_STATUSES)
  status?: NewcomerStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Files assigned to this officer' })
  @IsOptional()
  @IsUUID('all', { message: 'officerId must be an account id' })
  officerId?: string;
}

/** Any field; `null` clears the officer, the welcome commune or the next action. */
export class UpdateNewcomerRequest {
  @ApiPropertyOptional({ enum: NEWCOMER_STATUSES, enumName: 'NewcomerStatus', description: 'In any order' })
  @Omittable()
  @IsIn(NEWCOMER_STATUSES)
  status?: NewcomerStatus;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A network officer (400 naming `officerId` if the account is not one)',
  })
  @Clearable()
  @IsUUID('all', { message: 'officerId must be an account id' })
  officerId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '32013',
    description: 'Any French commune (INSEE code; 400 naming `welcomeCommuneCode` if none has it)',
  })
  @Clearable()
  @IsString()
  @Matches(INSEE_CODE, { message: 'welcomeCommuneCode must be an INSEE commune code' })
  welcomeCommuneCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2026-12-04' })
  @Clearable()
  @IsLocalDate()
  nextActionDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, example: 'Rappeler après la visite de Mirande' })
  @Clearable()
  @trimmed
  @IsString()
  @Length(1, 500)
  @HasNoNul()
  nextActionNote?: string | null;
}

export class NewcomerNoteRequest {
  @ApiProperty({ example: 'Appelée : elle visite Mirande samedi.', maxLength: 4000 })
  @trimmed
  @IsString()
  @Length(1, 4000)
  @HasNoNul()
  text: string;
}

export class PersonRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
}

export class CommuneRef {
  @ApiProperty({ example: '32013' }) code: string;
  @ApiProperty({ example: 'Auch' }) name: string;
}

/** One file as officers see it (blanked personal fields and `anonymised: true` once anonymised). */
export class NewcomerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NEWCOMER_STATUSES, enumName: 'NewcomerStatus' }) status: NewcomerStatus;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty() currentCity: string;
  @ApiProperty() profession: string;
  @ApiProperty({ enum: PROJECT_KINDS, enumName: 'NewcomerProjectKind' }) projectKind: ProjectKind;
  @ApiProperty() wishes: string;
  @ApiProperty({ type: Number, nullable: true }) adults: number | null;
  @ApiProperty({ type: Number, nullable: true }) children: number | null;
  @ApiProperty({ type: String, nullable: true }) wishedArea: string | null;
  @ApiProperty({ type: CommuneRef, nullable: true }) wishedCommune: CommuneRef | null;
  @ApiProperty({ enum: HOUSING_WISHES, enumName: 'NewcomerHousingWish', nullable: true }) housing: HousingWish | null;
  @ApiProperty({ type: Boolean, nullable: true }) fibreNeeded: boolean | null;
  @ApiProperty({ type: Number, nullable: true }) maxMinutesToStation: number | null;
  @ApiProperty({ type: Number, nullable: true }) maxMinutesToToulouse: number | null;
  @ApiProperty({ enum: MOVE_TIMINGS, enumName: 'NewcomerMoveTiming', nullable: true }) timing: MoveTiming | null;
  @ApiProperty({ enum: ['fr', 'en'] }) locale: 'fr' | 'en';
  @ApiProperty({ type: PersonRef, nullable: true, description: 'The officer in charge' }) officer: PersonRef | null;
  @ApiProperty({ type: CommuneRef, nullable: true }) welcomeCommune: CommuneRef | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) nextActionDate: string | null;
  @ApiProperty({ type: String, nullable: true }) nextActionNote: string | null;
  @ApiProperty({ example: '2026-11-29T14:00:00+01:00' }) consentedAt: string;
  @ApiProperty({ example: '2029-11-29T14:00:00+01:00', description: 'Anonymised after this, unless active again' })
  retainUntil: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2027-05-12T10:30:00+02:00',
    description: 'When the file last became `settled` (null while it is not): the reports’ year of settling',
  })
  settledAt: string | null;
  @ApiProperty() anonymised: boolean;
  @ApiProperty({ example: '2026-11-29T14:00:00+01:00' }) createdAt: string;
  @ApiProperty({ example: '2026-11-29T14:00:00+01:00' }) updatedAt: string;
}

export class NewcomerTimelineEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    enum: TIMELINE_KINDS,
    enumName: 'NewcomerTimelineKind',
    description:
      '`note`: `text` is the note. `status`: `value` is the new status. `officer`: `value` is the officer id ' +
      '(null: unassigned). `welcome_commune`: `value` is the INSEE code (or null). `next_action`: `value` the ' +
      'date, `text` what to do. `mail`: `value` names the mail (`acknowledgement`). `created`, `anonymised`.',
  })
  kind: TimelineKind;
  @ApiProperty({ example: '2026-11-29T14:00:00+01:00' }) at: string;
  @ApiProperty({ type: PersonRef, nullable: true, description: 'The officer; null for the form, mails and tasks' })
  author: PersonRef | null;
  @ApiProperty({ type: String, nullable: true }) text: string | null;
  @ApiProperty({ type: String, nullable: true }) value: string | null;
}

/** The file with its timeline, oldest entry first. */
export class NewcomerDetailView extends NewcomerView {
  @ApiProperty({ type: [NewcomerTimelineEntryView] }) timeline: NewcomerTimelineEntryView[];
}

export class NewcomerPage {
  @ApiProperty({ type: [NewcomerView] }) items: NewcomerView[];
  @ApiProperty() total: number;
}
