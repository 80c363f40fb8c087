import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TerritorySeeder } from '../modules/territory/territory-seeder';

/** Any number of processes may start together: one migrates while the others wait on this lock. */
const MIGRATION_LOCK = 'bastide-migrations';

/**
 * What must hold before the process serves anyone: the schema is current (migrations run at start-up,
 * never `synchronize`) and the reference data is loaded.
 */
@Injectable()
export class DatabaseStartup implements OnModuleInit {
  private readonly logger = new Logger(DatabaseStartup.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly territory: TerritorySeeder,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.migrate();
    await this.territory.ensureLoaded();
  }

  private async migrate(): Promise<void> {
    const lockHolder = this.dataSource.createQueryRunner();
    try {
      await lockHolder.connect();
      await lockHolder.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
      await lockHolder.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
      const applied = await this.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length) this.logger.log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`);
      await lockHolder.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]);
    } finally {
      await lockHolder.release();
    }
  }
}
