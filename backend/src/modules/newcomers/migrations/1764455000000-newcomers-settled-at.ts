import { MigrationInterface, QueryRunner } from 'typeorm';

export class NewcomersSettledAt1764455000000 implements MigrationInterface {
  name = 'NewcomersSettledAt1764455000000';

  async up(db: QueryRunner): Promise<void> {
    // When the file last became `settled`: the reports count settled newcomers per year of settling. Null
    // whenever the status is not `settled` (a file moved back is no longer counted).
    await db.query(`ALTER TABLE newcomers ADD COLUMN settled_at timestamptz`);
    // Files already settled: the instant of their last move to `settled` on the timeline (their creation for a
    // file whose timeline holds no such move).
    await db.query(`
      UPDATE newcomers n SET settled_at = coalesce(
        (SELECT max(t.at) FROM newcomer_timeline t
         WHERE t.newcomer_id = n.id AND t.kind = 'status' AND t.value = 'settled'),
        n.created_at)
      WHERE n.status = 'settled'`);
    await db.query(`
      ALTER TABLE newcomers ADD CONSTRAINT newcomers_settled_at_check
        CHECK ((status = 'settled') = (settled_at IS NOT NULL))`);
    // The reports read settled files by date of settling.
    await db.query(`CREATE INDEX newcomers_settled_at_idx ON newcomers (settled_at) WHERE settled_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX newcomers_settled_at_idx`);
    await db.query(`ALTER TABLE newcomers DROP CONSTRAINT newcomers_settled_at_check`);
    await db.query(`ALTER TABLE newcomers DROP COLUMN settled_at`);
  }
}
