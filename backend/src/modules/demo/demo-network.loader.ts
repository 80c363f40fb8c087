import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PasswordHasher } from '../identity/password-hasher';
import { ResourcesService } from '../sites/resources.service';
import { SiteHostsService } from '../sites/site-hosts.service';
import { SitesService } from '../sites/sites.service';
import { SiteCalendar } from '../sites/site-calendar';
import { DEMO_HABITS, DEMO_REGULARS } from './demo-community.data';
import { DemoBooking, DemoPlace, planDemoBookings } from './demo-bookings';
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
    private readonly calendar: SiteCalendar,
    private readonly clock: Clock,
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
    const started = Date.now();
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const people = [...DEMO_ACCOUNTS, ...DEMO_REGULARS];
    const ids = new Map<string, string>();
    for (const account of people) {
      const [row]: { id: string }[] = await this.dataSource.query(
        `INSERT INTO users (email, password_hash, first_name, last_name, role, home_commune_code, email_verified_at)
         VALUES ($1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
        [account.email, passwordHash, account.firstName, account.lastName, account.role, account.homeCommuneCode],
      );
      ids.set(account.key, row.id);
    }
    const officer: Principal = { userId: ids.get('officer')!, sessionId: MARKER, role: 'admin', hostedSiteIds: [] };
    const places: DemoPlace[] = [];
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
      const resources = [];
      for (const resource of demo.resources) resources.push(await this.resources.create(site.id, resource, officer));
      for (const host of demo.hosts) await this.hosts.appoint(site.id, ids.get(host)!);
      await this.sites.update(site.id, { status: 'published' } as Parameters<SitesService['update']>[1], officer);
      places.push({ key: demo.key, id: site.id, schedule: (await this.calendar.findSchedule(site.id))!, resources });
    }
    const bookings = planDemoBookings(
      this.clock.now(),
      places,
      people.map((person) => ({
        key: person.key,
        id: ids.get(person.key)!,
        homeCommuneCode: person.homeCommuneCode,
        organizationId: null,
        habits: DEMO_HABITS[person.key] ?? [],
      })),
    );
    await this.insertBookings(bookings);
    this.logger.log(
      `Demo network loaded in ${Date.now() - started} ms: ${DEMO_SITES.length} sites, ${people.length} accounts, ` +
        `${bookings.length} bookings`,
    );
  }

  /**
   * Written in one statement, not through the booking service: the API rightly refuses bookings in the
   * past, and upcoming ones would mail confirmations to invented people at first start. The rows carry what
   * the booking service would have written (the home commune snapshot, a half-open range); the exclusion
   * constraint still checks every one of them.
   */
  private async insertBookings(bookings: DemoBooking[]): Promise<void> {
    if (!bookings.length) return;
    const column = <T>(pick: (booking: DemoBooking) => T) => bookings.map(pick);
    await this.dataSource.query(
      `INSERT INTO bookings (resource_id, site_id, user_id, during, slot, status, home_commune_code, organization_id,
                             created_at, checked_in_at, cancelled_at, cancelled_by)
       SELECT resource_id, site_id, user_id, tstzrange(starts, ends, '[)'), slot, status, home_commune_code,
              organization_id, created_at, checked_in_at, cancelled_at,
              CASE WHEN cancelled_at IS NULL THEN NULL ELSE user_id END
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[],
                   $8::text[], $9::uuid[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[])
         AS b(resource_id, site_id, user_id, starts, ends, slot, status, home_commune_code, organization_id,
              created_at, checked_in_at, cancelled_at)`,
      [
        column((b) => b.resourceId),
        column((b) => b.siteId),
        column((b) => b.userId),
        column((b) => b.start),
        column((b) => b.end),
        column((b) => b.slot),
        column((b) => b.status),
        column((b) => b.homeCommuneCode),
        column((b) => b.organizationId),
        column((b) => b.createdAt),
        column((b) => b.checkedInAt),
        column((b) => b.cancelledAt),
      ],
    );
  }
}
