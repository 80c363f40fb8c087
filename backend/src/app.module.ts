import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
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
}

function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, role }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: requestId,
            // Logs carry ids, never secrets or personal data.
            redact: {
              paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
              remove: true,
            },
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                // Calendar feed and unsubscribe tokens are secrets of their own.
                url: req.url.replace(/\/(calendar|unsubscribe)\/[^/?]+/, '/$1/…'),
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            autoLogging: { ignore: (req) => req.url?.startsWith('/api/health') ?? false },
          },
        }),
        TypeOrmModule.forRoot({ ...databaseOptions(databaseUrl), autoLoadEntities: true }),
        CommonModule,
        IdempotencyModule,
        JobsModule.forRoot(role),
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
