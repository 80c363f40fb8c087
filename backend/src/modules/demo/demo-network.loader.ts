import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PasswordHasher } from '../identity/password-hasher';
import { OrganizationMembersService } from '../organizations/organization-members.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { CoverResolver } from '../plans/cover-resolver';
import { MemberPlansService } from '../plans/member-plans.service';
import { PlansService } from '../plans/plans.service';
import { ResourcesService } from '../sites/resources.service';
import { SiteHostsService } from '../sites/site-hosts.service';
import { SitesService } from '../sites/sites.service';
import { SiteCalendar } from '../sites/site-calendar';
import { DEMO_EMPLOYER, DEMO_HABITS, DEMO_PLAN_HOLDERS, DEMO_PLANS, DEMO_REGULARS } from './demo-community.data';
import { DemoBooking, DemoPlace, planDemoBookings } from './demo-bookings';
import { DemoEvents } from './demo-events';
import { DemoWelcomeVillages } from './demo-welcome-villages';
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
    private readonly organizations: OrganizationsService,
    private readonly members: OrganizationMembersService,
    private readonly plans: PlansService,
    private readonly memberPlans: MemberPlansService,
    private readonly covers: CoverResolver,
    private readonly events: DemoEvents,
    private readonly welcomeVillages: DemoWelcomeVillages,
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
    const employerOf = await this.loadEmployerAndPlans(officer, ids);
    const bookings = planDemoBookings(
      this.clock.now(),
      places,
      people.map((person) => ({
        key: person.key,
        id: ids.get(person.key)!,
        homeCommuneCode: person.homeCommuneCode,
        organizationId: employerOf.get(person.key) ?? null,
        habits: DEMO_HABITS[person.key] ?? [],
      })),
    );
    const zones = new Map(places.map((place) => [place.id, place.schedule.timezone]));
    await this.insertBookings(bookings, zones);
    const events = await this.events.load(this.clock.now(), {
      accounts: ids,
      sites: new Map(places.map((place) => [place.key, place.id])),
    });
    const villages = await this.welcomeVillages.load(officer);
    this.logger.log(
      `Demo network loaded in ${Date.now() - started} ms: ${DEMO_SITES.length} sites, ${people.length} accounts, ` +
        `${bookings.length} bookings, ${events} events, ${villages} welcome villages`,
    );
  }

  /**
   * The employer and its contract, the plans on sale and who holds one, through the services an officer's
   * requests reach (validated and audited like theirs). Answers each employed member's organization.
   */
  private async loadEmployerAndPlans(officer: Principal, ids: Map<string, string>): Promise<Map<string, string>> {
    const employer = await this.organizations.create(
      { name: DEMO_EMPLOYER.name, contract: DEMO_EMPLOYER.contract } as Parameters<OrganizationsService['create']>[0],
      officer,
    );
    const employerOf = new Map<string, string>();
    for (const member of DEMO_EMPLOYER.members) {
      await this.members.attach(employer.id, ids.get(member)!, officer);
      employerOf.set(member, employer.id);
    }
    const planIds = new Map<string, string>();
    for (const plan of DEMO_PLANS) {
      const { key, ...request } = plan;
      planIds.set(key, (await this.plans.create(request as Parameters<PlansService['create']>[0], officer)).id);
    }
    const today = DateTime.fromJSDate(this.clock.now(), { zone: 'Europe/Paris' });
    for (const holder of DEMO_PLAN_HOLDERS) {
      const from = today.minus({ days: holder.startedDaysAgo }).toISODate()!;
      await this.memberPlans.grant(ids.get(holder.member)!, { planId: planIds.get(holder.plan)!, from }, officer);
    }
    return employerOf;
  }

  /**
   * Written in one statement, not through the booking service: the API rightly refuses bookings in the
   * past, and upcoming ones would mail confirmations to invented people at first start. The rows carry what
   * the booking service would have written (the home commune snapshot, a half-open range); the exclusion
   * constraint still checks every one of them.
   */
  private async insertBookings(bookings: DemoBooking[], zones: Map<string, string>): Promise<void> {
    if (!bookings.length) return;
    // What each booking is counted against (the contract, the plan held that day, or nothing), as
    // `BookingQuota` records it for bookings made through the API.
    const covers = [];
    for (const booking of bookings) {
      const date = DateTime.fromJSDate(booking.start, { zone: zones.get(booking.siteId) }).toISODate()!;
      covers.push(await this.covers.coverFor(this.dataSource.manager, booking.userId, booking.siteId, date));
    }
    const column = <T>(pick: (booking: DemoBooking) => T) => bookings.map(pick);
    await this.dataSource.query(
      `INSERT INTO bookings (resource_id, site_id, user_id, during, slot, status, home_commune_code, organization_id,
                             created_at, checked_in_at, cancelled_at, cancelled_by, cancellation_reason, cover_kind,
                             cover_id)
       SELECT resource_id, site_id, user_id, tstzrange(starts, ends, '[)'), slot, status, home_commune_code,
              organization_id, created_at, checked_in_at, cancelled_at,
              CASE WHEN cancelled_at IS NULL THEN NULL ELSE user_id END,
              CASE WHEN cancelled_at IS NULL THEN NULL ELSE 'member' END, cover_kind, cover_id
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[],
                   $8::text[], $9::uuid[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::text[],
                   $14::uuid[])
         AS b(resource_id, site_id, user_id, starts, ends, slot, status, home_commune_code, organization_id,
              created_at, checked_in_at, cancelled_at, cover_kind, cover_id)`,
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
        covers.map((cover) => cover.kind),
        covers.map((cover) => cover.id),
      ],
    );
  }
}
