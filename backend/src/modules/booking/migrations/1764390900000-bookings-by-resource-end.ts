import { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingsByResourceEnd1764390900000 implements MigrationInterface {
  name = 'BookingsByResourceEnd1764390900000';

  async up(db: QueryRunner): Promise<void> {
    // "Is this resource free in this window?" for each resource of an availability page: the next active
    // booking of the resource ending after the window starts is one step down this index (active bookings of
    // a resource never overlap, so it is the only one that can). The exclusion constraint's GiST index puts
    // the range first, which suits "what is booked anywhere then" but made each per-resource probe walk that
    // day's bookings of the whole network: 90–120 ms for a page of 50 sites, 8 ms with this index
    // (docs/performance.md). `during` is included so that the probe reads the index alone.
    await db.query(`
      CREATE INDEX bookings_resource_id_upper_during_idx ON bookings (resource_id, upper(during)) INCLUDE (during)
        WHERE status IN ('confirmed', 'checked_in')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX bookings_resource_id_upper_during_idx`);
  }
}
