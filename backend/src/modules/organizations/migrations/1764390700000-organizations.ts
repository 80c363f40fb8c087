import { MigrationInterface, QueryRunner } from 'typeorm';

export class Organizations1764390700000 implements MigrationInterface {
  name = 'Organizations1764390700000';

  async up(db: QueryRunner): Promise<void> {
    // The SIREN's Luhn digit is checked by the API (a friendly 400); the table keeps the form and uniqueness.
    await db.query(`
      CREATE TABLE organizations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        search_name text NOT NULL,
        siren text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_pkey PRIMARY KEY (id),
        CONSTRAINT organizations_name_check CHECK (length(btrim(name)) > 0),
        CONSTRAINT organizations_siren_check CHECK (siren ~ '^[0-9]{9}$')
      )`);
    await db.query(`CREATE UNIQUE INDEX organizations_siren_key ON organizations (siren)`);

    // At most one contract per employer (its primary key), in half-days from half a day to a whole week.
    await db.query(`
      CREATE TABLE telework_contracts (
        organization_id uuid NOT NULL,
        days_per_week numeric(3,1) NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT telework_contracts_pkey PRIMARY KEY (organization_id),
        CONSTRAINT telework_contracts_organization_id_fkey FOREIGN KEY (organization_id)
          REFERENCES organizations (id) ON DELETE CASCADE,
        CONSTRAINT telework_contracts_days_per_week_check
          CHECK (days_per_week BETWEEN 0.5 AND 7 AND days_per_week * 2 = trunc(days_per_week * 2))
      )`);

    // The sites a contract covers; none listed means every site of the network. Hanging off the contract,
    // not the employer, so that removing the contract cannot leave sites behind.
    await db.query(`
      CREATE TABLE telework_contract_sites (
        organization_id uuid NOT NULL,
        site_id uuid NOT NULL,
        CONSTRAINT telework_contract_sites_pkey PRIMARY KEY (organization_id, site_id),
        CONSTRAINT telework_contract_sites_organization_id_fkey FOREIGN KEY (organization_id)
          REFERENCES telework_contracts (organization_id) ON DELETE CASCADE,
        CONSTRAINT telework_contract_sites_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id)
      )`);

    // One employer per member: the user is the key. Erasing the account erases the membership.
    await db.query(`
      CREATE TABLE organization_members (
        user_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_members_pkey PRIMARY KEY (user_id),
        CONSTRAINT organization_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT organization_members_organization_id_fkey FOREIGN KEY (organization_id)
          REFERENCES organizations (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX organization_members_organization_id_idx ON organization_members (organization_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE organization_members`);
    await db.query(`DROP TABLE telework_contract_sites`);
    await db.query(`DROP TABLE telework_contracts`);
    await db.query(`DROP TABLE organizations`);
  }
}
