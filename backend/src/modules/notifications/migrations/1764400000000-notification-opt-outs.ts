import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationOptOuts1764400000000 implements MigrationInterface {
  name = 'NotificationOptOuts1764400000000';

  async up(db: QueryRunner): Promise<void> {
    // The e-mails a member turned off, one row each: no row means the member wants it, so a topic added
    // later reaches everyone until they say otherwise. The key, user first, is the lookup made before each
    // mail. The check lists the topics of `MAIL_TOPICS` as they are today; a new topic is a new migration.
    await db.query(`
      CREATE TABLE notification_opt_outs (
        user_id uuid NOT NULL,
        topic text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_opt_outs_pkey PRIMARY KEY (user_id, topic),
        CONSTRAINT notification_opt_outs_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT notification_opt_outs_topic_check CHECK (topic IN (
          'booking-confirmations', 'booking-reminders', 'event-registrations', 'event-reminders', 'host-daily-sheet'
        ))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification_opt_outs`);
  }
}
