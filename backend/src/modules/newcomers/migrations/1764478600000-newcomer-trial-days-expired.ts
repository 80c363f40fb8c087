import { MigrationInterface, QueryRunner } from 'typeorm';

export class NewcomerTrialDaysExpired1764478600000 implements MigrationInterface {
  name = 'NewcomerTrialDaysExpired1764478600000';

  async up(db: QueryRunner): Promise<void> {
    // An invitation whose link ran out unanswered stayed `pending`, and the one-pending index (which cannot read
    // the clock) then refused any new offer for the file, for good: an expired invitation cannot be withdrawn.
    // Offering closes it as `expired` first; the invitations already past their date are closed here.
    await db.query(`ALTER TABLE newcomer_trial_days DROP CONSTRAINT newcomer_trial_days_status_check`);
    await db.query(`
      ALTER TABLE newcomer_trial_days ADD CONSTRAINT newcomer_trial_days_status_check
        CHECK (status IN ('pending', 'accepted', 'withdrawn', 'expired'))`);
    await db.query(
      `UPDATE newcomer_trial_days SET status = 'expired' WHERE status = 'pending' AND expires_at <= now()`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    // Back to `pending` could meet the newer invitation of the same file in the one-pending index: an expired one
    // goes back as withdrawn at its expiry instead, which the old states tell apart from a waiting one.
    await db.query(
      `UPDATE newcomer_trial_days SET status = 'withdrawn', withdrawn_at = expires_at WHERE status = 'expired'`,
    );
    await db.query(`ALTER TABLE newcomer_trial_days DROP CONSTRAINT newcomer_trial_days_status_check`);
    await db.query(`
      ALTER TABLE newcomer_trial_days ADD CONSTRAINT newcomer_trial_days_status_check
        CHECK (status IN ('pending', 'accepted', 'withdrawn'))`);
  }
}
