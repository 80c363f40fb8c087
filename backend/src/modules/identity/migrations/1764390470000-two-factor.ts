import { MigrationInterface, QueryRunner } from 'typeorm';

export class TwoFactor1764390470000 implements MigrationInterface {
  name = 'TwoFactor1764390470000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN mfa_secret text`);
    await db.query(`ALTER TABLE users ADD COLUMN mfa_pending_secret text`);
    await db.query(`ALTER TABLE users ADD COLUMN mfa_last_step bigint`);
    await db.query(`ALTER TABLE users ADD COLUMN mfa_recovery_hashes text[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE users DROP COLUMN mfa_recovery_hashes, DROP COLUMN mfa_last_step, DROP COLUMN mfa_pending_secret, DROP COLUMN mfa_secret`,
    );
  }
}
