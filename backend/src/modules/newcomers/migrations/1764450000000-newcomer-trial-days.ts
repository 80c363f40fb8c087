import { MigrationInterface, QueryRunner } from 'typeorm';

/** The timeline kinds this migration adds: a trial day's steps, and the file linked to a member account. */
const ADDED_KINDS = ['trial_day', 'account'];

export class NewcomerTrialDays1764450000000 implements MigrationInterface {
  name = 'NewcomerTrialDays1764450000000';

  async up(db: QueryRunner): Promise<void> {
    // The member account the newcomer opened (by accepting a trial day, or by signing up with the file's address).
    // An erased account leaves the file as it was, unlinked.
    await db.query(`
      ALTER TABLE newcomers ADD COLUMN user_id uuid,
        ADD CONSTRAINT newcomers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL`);
    await db.query(`CREATE INDEX newcomers_user_id_idx ON newcomers (user_id)`);
    // Signing up looks for the files of an address (`email` is stored lower case by the form).
    await db.query(`CREATE INDEX newcomers_email_idx ON newcomers (email) WHERE anonymised_at IS NULL`);

    // A trial day an officer offers: the invitation mailed to the newcomer and, once accepted, its booking.
    // Only the SHA-256 of the link's secret is kept (null until the mail job makes the secret).
    await db.query(`
      CREATE TABLE newcomer_trial_days (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        newcomer_id uuid NOT NULL,
        site_id uuid NOT NULL,
        resource_id uuid,
        kind text NOT NULL,
        date date NOT NULL,
        slot text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        token_hash text,
        expires_at timestamptz NOT NULL,
        offered_by uuid,
        offered_at timestamptz NOT NULL,
        sent_at timestamptz,
        accepted_at timestamptz,
        withdrawn_at timestamptz,
        withdrawn_by uuid,
        user_id uuid,
        booking_id uuid,
        CONSTRAINT newcomer_trial_days_pkey PRIMARY KEY (id),
        CONSTRAINT newcomer_trial_days_newcomer_id_fkey FOREIGN KEY (newcomer_id)
          REFERENCES newcomers (id) ON DELETE CASCADE,
        CONSTRAINT newcomer_trial_days_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT newcomer_trial_days_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES resources (id),
        CONSTRAINT newcomer_trial_days_offered_by_fkey FOREIGN KEY (offered_by) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT newcomer_trial_days_withdrawn_by_fkey FOREIGN KEY (withdrawn_by)
          REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT newcomer_trial_days_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT newcomer_trial_days_booking_id_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id) ON DELETE SET NULL,
        CONSTRAINT newcomer_trial_days_token_hash_key UNIQUE (token_hash),
        CONSTRAINT newcomer_trial_days_kind_check
          CHECK (kind IN ('desk', 'meeting_room', 'private_office', 'phone_booth')),
        CONSTRAINT newcomer_trial_days_slot_check CHECK (slot IN ('full_day', 'morning', 'afternoon')),
        CONSTRAINT newcomer_trial_days_status_check CHECK (status IN ('pending', 'accepted', 'withdrawn')),
        CONSTRAINT newcomer_trial_days_accepted_check CHECK ((status = 'accepted') = (accepted_at IS NOT NULL)),
        CONSTRAINT newcomer_trial_days_withdrawn_check CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL))
      )`);
    // One invitation waiting for an answer per file: a second offer while one is pending is a 409.
    await db.query(`
      CREATE UNIQUE INDEX newcomer_trial_days_one_pending_key ON newcomer_trial_days (newcomer_id)
      WHERE status = 'pending'`);
    await db.query(`CREATE INDEX newcomer_trial_days_newcomer_id_idx ON newcomer_trial_days (newcomer_id, offered_at)`);

    // Widen the timeline's kinds from what the constraint holds now, whichever migrations widened it before.
    const [{ definition }]: { definition: string }[] = await db.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'newcomer_timeline_kind_check'`,
    );
    const kinds = [...definition.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]);
    const widened = [...kinds, ...ADDED_KINDS.filter((kind) => !kinds.includes(kind))];
    await db.query(`ALTER TABLE newcomer_timeline DROP CONSTRAINT newcomer_timeline_kind_check`);
    await db.query(
      `ALTER TABLE newcomer_timeline ADD CONSTRAINT newcomer_timeline_kind_check
         CHECK (kind IN (${widened.map((kind) => `'${kind}'`).join(', ')}))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM newcomer_timeline WHERE kind IN ('trial_day', 'account')`);
    const [{ definition }]: { definition: string }[] = await db.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'newcomer_timeline_kind_check'`,
    );
    const kinds = [...definition.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]);
    await db.query(`ALTER TABLE newcomer_timeline DROP CONSTRAINT newcomer_timeline_kind_check`);
    await db.query(
      `ALTER TABLE newcomer_timeline ADD CONSTRAINT newcomer_timeline_kind_check
         CHECK (kind IN (${kinds
           .filter((kind) => !ADDED_KINDS.includes(kind))
           .map((kind) => `'${kind}'`)
           .join(', ')}))`,
    );
    await db.query(`DROP TABLE newcomer_trial_days`);
    await db.query(`DROP INDEX newcomers_email_idx`);
    await db.query(`ALTER TABLE newcomers DROP COLUMN user_id`);
  }
}
