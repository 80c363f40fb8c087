import { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingCovers1764390720000 implements MigrationInterface {
  name = 'BookingCovers1764390720000';

  async up(db: QueryRunner): Promise<void> {
    // What each booking was counted against: the employer's telework contract (cover_id: the organization),
    // the member's plan (cover_id: the member plan) or nothing (pay-as-you-go). Bookings made before quotas
    // existed were pay-as-you-go. No foreign key on cover_id: it names a row of one of two tables, and a
    // replaced plan's holding may be withdrawn while its bookings stay.
    await db.query(`
      ALTER TABLE bookings
        ADD COLUMN cover_kind text NOT NULL DEFAULT 'pay_as_you_go',
        ADD COLUMN cover_id uuid,
        ADD CONSTRAINT bookings_cover_kind_check CHECK (cover_kind IN ('contract', 'plan', 'pay_as_you_go')),
        ADD CONSTRAINT bookings_cover_id_check CHECK ((cover_kind = 'pay_as_you_go') = (cover_id IS NULL))`);
    // The employer snapshot now has a table to point at. Employers are never deleted, so past figures keep it.
    await db.query(`
      ALTER TABLE bookings ADD CONSTRAINT bookings_organization_id_fkey
        FOREIGN KEY (organization_id) REFERENCES organizations (id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_organization_id_fkey`);
    await db.query(`ALTER TABLE bookings DROP COLUMN cover_id, DROP COLUMN cover_kind`);
  }
}
