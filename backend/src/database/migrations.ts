import { WelcomeVillages1764440000000 } from '../modules/welcome-villages/migrations/1764440000000-welcome-villages';
import { Bookings1764390600000 } from '../modules/booking/migrations/1764390600000-bookings';
import { BookingSeries1764390810000 } from '../modules/booking/migrations/1764390810000-booking-series';
import { Waitlist1764390820000 } from '../modules/booking/migrations/1764390820000-waitlist';
import { BookingsByResourceEnd1764390900000 } from '../modules/booking/migrations/1764390900000-bookings-by-resource-end';
import { PublishedSitesByName1764390910000 } from '../modules/sites/migrations/1764390910000-published-sites-by-name';
import { Organizations1764390700000 } from '../modules/organizations/migrations/1764390700000-organizations';
import { Plans1764390710000 } from '../modules/plans/migrations/1764390710000-plans';
import { BookingCovers1764390720000 } from '../modules/booking/migrations/1764390720000-booking-covers';
import { Outbox1764390100000 } from '../jobs/migrations/1764390100000-outbox';
import { AuditLog1764390450000 } from '../modules/audit/migrations/1764390450000-audit-log';
import { AuditLogOrder1764391300000 } from '../modules/audit/migrations/1764391300000-audit-log-order';
import { AuditLogBySubjectAndActor1764477000000 } from '../modules/audit/migrations/1764477000000-audit-log-by-subject-and-actor';
import { CalendarFeeds1764391400000 } from '../modules/calendars/migrations/1764391400000-calendar-feeds';
import { NotificationOptOuts1764400000000 } from '../modules/notifications/migrations/1764400000000-notification-opt-outs';
import { AccountTokens1764390460000 } from '../modules/identity/migrations/1764390460000-account-tokens';
import { TwoFactor1764390470000 } from '../modules/identity/migrations/1764390470000-two-factor';
import { LoginLockout1764390400000 } from '../modules/identity/migrations/1764390400000-login-lockout';
import { Sessions1764390300000 } from '../modules/identity/migrations/1764390300000-sessions';
import { Users1764390200000 } from '../modules/identity/migrations/1764390200000-users';
import { Sites1764390500000 } from '../modules/sites/migrations/1764390500000-sites';
import { SiteBookingSettings1764390800000 } from '../modules/sites/migrations/1764390800000-site-booking-settings';
import { Territory1764390000000 } from '../modules/territory/migrations/1764390000000-territory';
import { Events1764391000000 } from '../modules/events/migrations/1764391000000-events';
import { BookingEventHolds1764391010000 } from '../modules/booking/migrations/1764391010000-booking-event-holds';
import { BookingCancellationReasons1764420000000 } from '../modules/booking/migrations/1764420000000-booking-cancellation-reasons';
import { Community1764391100000 } from '../modules/community/migrations/1764391100000-community';
import { IdempotentRequests1764391200000 } from '../common/idempotency/migrations/1764391200000-idempotent-requests';
import { ReportingSiteDays1764410000000 } from '../modules/reporting/migrations/1764410000000-reporting-site-days';
import { ReportingRollupAtCommit1764411000000 } from '../modules/reporting/migrations/1764411000000-reporting-rollup-at-commit';
import { Newcomers1764430000000 } from '../modules/newcomers/migrations/1764430000000-newcomers';
import { NewcomerTrialDays1764450000000 } from '../modules/newcomers/migrations/1764450000000-newcomer-trial-days';
import { ReportingSiteMonthMembers1764412000000 } from '../modules/reporting/migrations/1764412000000-reporting-site-month-members';
import { NewcomersSettledAt1764455000000 } from '../modules/newcomers/migrations/1764455000000-newcomers-settled-at';
import { NewcomerTrialDaysExpired1764478600000 } from '../modules/newcomers/migrations/1764478600000-newcomer-trial-days-expired';
import { ReportingFollowsSiteHours1764413000000 } from '../modules/reporting/migrations/1764413000000-reporting-follows-site-hours';
import { ReportingMonthlyRollups1764460000000 } from '../modules/reporting/migrations/1764460000000-reporting-monthly-rollups';
import { ReportingEpciMonths1764476000000 } from '../modules/reporting/migrations/1764476000000-reporting-epci-months';

/**
 * Every module's migrations, in the order of their timestamps. Migrations are never edited once landed:
 * a change is a new one.
 */
export const MIGRATIONS = [
  Territory1764390000000,
  Outbox1764390100000,
  Users1764390200000,
  Sessions1764390300000,
  LoginLockout1764390400000,
  AuditLog1764390450000,
  AccountTokens1764390460000,
  TwoFactor1764390470000,
  // sites: add the sites module's migrations below, in timestamp order
  Sites1764390500000,
  Bookings1764390600000,
  Organizations1764390700000,
  Plans1764390710000,
  BookingCovers1764390720000,
  SiteBookingSettings1764390800000,
  BookingSeries1764390810000,
  Waitlist1764390820000,
  BookingsByResourceEnd1764390900000,
  PublishedSitesByName1764390910000,
  Events1764391000000,
  BookingEventHolds1764391010000,
  Community1764391100000,
  IdempotentRequests1764391200000,
  AuditLogOrder1764391300000,
  CalendarFeeds1764391400000,
  NotificationOptOuts1764400000000,
  ReportingSiteDays1764410000000,
  ReportingRollupAtCommit1764411000000,
  ReportingSiteMonthMembers1764412000000,
  ReportingFollowsSiteHours1764413000000,
  ReportingMonthlyRollups1764460000000,
  BookingCancellationReasons1764420000000,
  Newcomers1764430000000,
  WelcomeVillages1764440000000,
  NewcomerTrialDays1764450000000,
  NewcomersSettledAt1764455000000,
  ReportingEpciMonths1764476000000,
  AuditLogBySubjectAndActor1764477000000,
  NewcomerTrialDaysExpired1764478600000,
];
