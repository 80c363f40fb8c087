import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { CommonModule } from './common/common.module';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { databaseOptions } from './database/database-options';
import { DatabaseStartup } from './database/database-startup';
import { JobsModule } from './jobs/jobs.module';
import { ProcessRole } from './jobs/jobs-runtime';
import { BookingModule } from './modules/booking/booking.module';
import { AuditModule } from './modules/audit/audit.module';
import { CalendarsModule } from './modules/calendars/calendars.module';
import { CommunityModule } from './modules/community/community.module';
import { DemoModule } from './modules/demo/demo.module';
import { EventsModule } from './modules/events/events.module';
import { HealthModule } from './modules/health/health.module';
import { HostSheetsModule } from './modules/host-sheets/host-sheets.module';
import { IdentityModule } from './modules/identity/identity.module';
import { loggerOptions } from './modules/monitoring/log-options';
import { MonitoringModule } from './modules/monitoring/monitoring.module';
import { LegalModule } from './modules/legal/legal.module';
import { NewcomersModule } from './modules/newcomers/newcomers.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { NotificationPreferencesModule } from './modules/notifications/notification-preferences.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { PlansModule } from './modules/plans/plans.module';
import { ReportingModule } from './modules/reporting/reporting.module';
import { SitesModule } from './modules/sites/sites.module';
import { TerritoryModule } from './modules/territory/territory.module';
import { WelcomeVillagesModule } from './modules/welcome-villages/welcome-villages.module';

export interface AppOptions {
  config: AppConfig;
  /** `DATABASE_URL`, or the embedded server's. */
  databaseUrl: string;
  role: ProcessRole;
  /** Where log lines go instead of standard output (tests read them). */
  logStream?: DestinationStream;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, role, logStream }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // JSON lines with the request id; never headers, bodies, tokens or addresses (`monitoring/log-options.ts`).
        LoggerModule.forRoot(loggerOptions(config, logStream)),
        TypeOrmModule.forRoot({ ...databaseOptions(databaseUrl), autoLoadEntities: true }),
        CommonModule,
        IdempotencyModule,
        JobsModule.forRoot(role),
        MonitoringModule,
        HealthModule,
        AuditModule,
        TerritoryModule,
        NotificationsModule,
        NotificationPreferencesModule,
        IdentityModule,
        DemoModule,
        SitesModule,
        BookingModule,
        EventsModule,
        CommunityModule,
        CalendarsModule,
        HostSheetsModule,
        WelcomeVillagesModule,
        OrganizationsModule,
        PlansModule,
        ReportingModule,
        NewcomersModule,
        LegalModule,
      ],
      providers: [DatabaseStartup],
    };
  }
}
