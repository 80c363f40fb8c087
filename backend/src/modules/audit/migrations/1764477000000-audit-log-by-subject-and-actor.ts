import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The log is read by subject (a host's day sheet asks who booked each of its bookings on someone's behalf,
 * `AuditService.actorsOf`; an officer filters the log by subject) and by actor (an officer's "what did this
 * person do"), each in the log's order. Without these, both read the whole log, which only grows. A plain
 * CREATE INDEX (migrations run in a transaction, where CONCURRENTLY cannot): it holds writes to the log for the
 * length of the build, at start-up.
 */
export class AuditLogBySubjectAndActor1764477000000 implements MigrationInterface {
  name = 'AuditLogBySubjectAndActor1764477000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX audit_log_subject_id_at_seq_idx ON audit_log (subject_id, at, seq)`);
    await db.query(`CREATE INDEX audit_log_actor_id_at_seq_idx ON audit_log (actor_id, at, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_actor_id_at_seq_idx`);
    await db.query(`DROP INDEX audit_log_subject_id_at_seq_idx`);
  }
}
