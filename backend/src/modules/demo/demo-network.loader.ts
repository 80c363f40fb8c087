import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PasswordHasher } from '../identity/password-hasher';
import { ResourcesService } from '../sites/resources.service';
import { SiteHostsService } from '../sites/site-hosts.service';
import { SitesService } from '../sites/sites.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SITES } from './demo-network.data';

const MARKER = 'demo-network';

/**
 * `DEMO_DATA=true` (the embedded default): loads the demo network once, on first start, through the same
 * services the API uses, so the demo obeys every rule real data does. A marker row keeps it from coming
 * back after an officer deletes or edits it.
 */
@Injectable()
export class DemoNetworkLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoNetworkLoader.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sites: SitesService,
    private readonly resources: ResourcesService,
    private readonly hosts: SiteHostsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(hashtext($1))', [MARKER]);
      const [loaded] = await lock.query(`SELECT 1 FROM reference_data_versions WHERE name = $1`, [MARKER]);
      if (loaded) return;
      await this.load();
      await lock.query(`INSERT INTO reference_data_versions (name, version) VALUES ($1, '1')`, [MARKER]);
    } finally {
      await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [MARKER]).catch(() => undefined);
      await lock.release();
    }
  }

  private async load(): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const ids = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const [row]: { id: string }[] = await this.dataSource.query(
        `INSERT INTO users (email, password_hash, first_name, last_name, role, home_commune_code, email_verified_at)
         VALUES ($1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
        [account.email, passwordHash, account.firstName, account.lastName, account.role, account.homeCommuneCode],
      );
      ids.set(account.key, row.id);
    }
    const officer: Principal = { userId: ids.get('officer')!, sessionId: MARKER, role: 'admin', hostedSiteIds: [] };
    for (const demo of DEMO_SITES) {
      const site = await this.sites.create({
        name: demo.name,
        communeCode: demo.communeCode,
        address: demo.address,
        latitude: demo.latitude,
        longitude: demo.longitude,
        description: demo.description,
        amenities: demo.amenities,
        fibreMbps: demo.fibreMbps,
        openingHours: demo.openingHours,
      } as Parameters<SitesService['create']>[0]);
      for (const resource of demo.resources) await this.resources.create(site.id, resource, officer);
      for (const host of demo.hosts) await this.hosts.appoint(site.id, ids.get(host)!);
      await this.sites.update(site.id, { status: 'published' } as Parameters<SitesService['update']>[1], officer);
    }
    this.logger.log(`Demo network loaded: ${DEMO_SITES.length} sites, ${DEMO_ACCOUNTS.length} accounts`);
  }
}
