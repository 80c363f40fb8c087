import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginLockout1764390400000 implements MigrationInterface {
  name = 'LoginLockout1764390400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN failed_logins integer NOT NULL DEFAULT 0`);
    await db.query(`ALTER TABLE users ADD COLUMN locked_until timestamptz`);
    await db.query(`ALTER TABLE users ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN updated_at, DROP COLUMN locked_until, DROP COLUMN failed_logins`);
  }
}
