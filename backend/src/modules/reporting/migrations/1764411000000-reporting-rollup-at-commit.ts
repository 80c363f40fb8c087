import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingRollupAtCommit1764411000000 implements MigrationInterface {
  name = 'ReportingRollupAtCommit1764411000000';

  async up(db: QueryRunner): Promise<void> {
    // The bookings' rollup trigger runs at COMMIT (a deferred constraint trigger) instead of at each write.
    // A booking's transaction then holds its site-day row for the commit alone rather than from its INSERT
    // through the quota checks, the outbox rows and the round trips that follow: 64 bookings of one site and
    // day queue on that row for a moment each. And two transactions that lock bookings in one order and the
    // rollup row in the other (a closure cancelling a day's bookings while a member cancels one of them) no
    // longer wait for each other: the rollup is taken last, after every booking row. Rows written in a
    // savepoint that rolls back leave no event behind, as before.
    await db.query(`DROP TRIGGER bookings_reporting_rollup ON bookings`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER bookings_reporting_rollup
        AFTER INSERT OR DELETE OR UPDATE OF status, during, site_id, resource_id, event_id ON bookings
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION reporting_bookings_rollup()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER bookings_reporting_rollup ON bookings`);
    await db.query(`
      CREATE TRIGGER bookings_reporting_rollup
        AFTER INSERT OR DELETE OR UPDATE OF status, during, site_id, resource_id, event_id ON bookings
        FOR EACH ROW EXECUTE FUNCTION reporting_bookings_rollup()`);
  }
}
