import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shape of a cancellation cut-off, checked by the database too: one of three kinds, each with exactly
 * its own field. jsonb comparisons order numbers numerically and never raise, so no cast can fail here.
 * (Written out here rather than imported: a landed migration must not change when the code does.)
 */
const CANCELLATION_CUTOFF_CHECK = `CASE cancellation_cutoff->>'kind'
  WHEN 'until_start' THEN cancellation_cutoff = '{"kind": "until_start"}'::jsonb
  WHEN 'minutes_before' THEN jsonb_typeof(cancellation_cutoff->'minutes') = 'number'
    AND cancellation_cutoff->'minutes' >= '1'::jsonb AND cancellation_cutoff->'minutes' <= '10080'::jsonb
    AND (cancellation_cutoff - 'kind' - 'minutes') = '{}'::jsonb
  WHEN 'day_before_at' THEN jsonb_typeof(cancellation_cutoff->'time') = 'string'
    AND cancellation_cutoff->>'time' ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
    AND (cancellation_cutoff - 'kind' - 'time') = '{}'::jsonb
  ELSE false END`;

export class SiteBookingSettings1764390800000 implements MigrationInterface {
  name = 'SiteBookingSettings1764390800000';

  async up(db: QueryRunner): Promise<void> {
    // Existing sites keep today's behaviour: cancel until the start, no check-in, nothing released.
    await db.query(`
      ALTER TABLE sites
        ADD COLUMN cancellation_cutoff jsonb NOT NULL DEFAULT '{"kind": "until_start"}'::jsonb,
        ADD COLUMN check_in_required boolean NOT NULL DEFAULT false,
        ADD COLUMN no_show_release_time text NOT NULL DEFAULT '10:30',
        ADD COLUMN access_instructions text,
        ADD CONSTRAINT sites_cancellation_cutoff_check CHECK (${CANCELLATION_CUTOFF_CHECK}),
        ADD CONSTRAINT sites_no_show_release_time_check
          CHECK (no_show_release_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE sites
        DROP COLUMN cancellation_cutoff,
        DROP COLUMN check_in_required,
        DROP COLUMN no_show_release_time,
        DROP COLUMN access_instructions`);
  }
}
