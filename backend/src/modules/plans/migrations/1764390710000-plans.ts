import { MigrationInterface, QueryRunner } from 'typeorm';

export class Plans1764390710000 implements MigrationInterface {
  name = 'Plans1764390710000';

  async up(db: QueryRunner): Promise<void> {
    // Days in half-days; an unlimited plan has none, the others a bound that fits their period.
    await db.query(`
      CREATE TABLE plans (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL,
        days numeric(5,1),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plans_pkey PRIMARY KEY (id),
        CONSTRAINT plans_name_check CHECK (length(btrim(name)) > 0),
        CONSTRAINT plans_kind_check CHECK (kind IN ('pack', 'weekly', 'monthly', 'unlimited')),
        CONSTRAINT plans_days_check CHECK (CASE kind
          WHEN 'unlimited' THEN days IS NULL
          WHEN 'weekly' THEN days BETWEEN 0.5 AND 7 AND days * 2 = trunc(days * 2)
          WHEN 'monthly' THEN days BETWEEN 0.5 AND 31 AND days * 2 = trunc(days * 2)
          ELSE days BETWEEN 0.5 AND 1000 AND days * 2 = trunc(days * 2) END)
      )`);

    // A member holds at most one plan on any day: the exclusion constraint says so across any number of
    // API processes. valid_until is inclusive and NULL while the plan runs on.
    await db.query(`
      CREATE TABLE member_plans (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        valid_from date NOT NULL,
        valid_until date,
        granted_by uuid,
        granted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT member_plans_pkey PRIMARY KEY (id),
        CONSTRAINT member_plans_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT member_plans_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES plans (id),
        CONSTRAINT member_plans_granted_by_fkey FOREIGN KEY (granted_by) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT member_plans_validity_check CHECK (valid_until IS NULL OR valid_until >= valid_from),
        CONSTRAINT member_plans_one_at_a_time EXCLUDE USING gist
          (user_id WITH =, daterange(valid_from, valid_until, '[]') WITH &&)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE member_plans`);
    await db.query(`DROP TABLE plans`);
  }
}
