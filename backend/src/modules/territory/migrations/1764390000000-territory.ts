import { MigrationInterface, QueryRunner } from 'typeorm';

export class Territory1764390000000 implements MigrationInterface {
  name = 'Territory1764390000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE epcis (
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        population integer NOT NULL,
        CONSTRAINT epcis_pkey PRIMARY KEY (code)
      )`);
    await db.query(`
      CREATE TABLE communes (
        code text NOT NULL,
        name text NOT NULL,
        search_name text NOT NULL,
        department text NOT NULL,
        region text NOT NULL,
        postal_codes text[] NOT NULL DEFAULT '{}',
        epci_code text,
        population integer,
        CONSTRAINT communes_pkey PRIMARY KEY (code),
        CONSTRAINT communes_epci_code_fkey FOREIGN KEY (epci_code) REFERENCES epcis (code) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX communes_department_idx ON communes (department)`);
    await db.query(`CREATE INDEX communes_epci_idx ON communes (epci_code)`);
    // Which version of the reference data is loaded, so that seeding runs once per package version.
    await db.query(`
      CREATE TABLE reference_data_versions (
        name text NOT NULL,
        version text NOT NULL,
        loaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reference_data_versions_pkey PRIMARY KEY (name)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reference_data_versions`);
    await db.query(`DROP TABLE communes`);
    await db.query(`DROP TABLE epcis`);
  }
}
