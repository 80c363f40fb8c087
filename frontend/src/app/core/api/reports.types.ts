// The reports' answers (API.md § Reports), named once here so components import domain names.
// Written from the backend's DTOs (OccupancyRowView, TeleworkDaysReportView, EventsRowView) until they
// reach the generated OpenAPI types.

export interface OccupancyRow {
  /** The grouping keys, comma-separated: a site id, `2026-03`, `3`, `morning`… */
  key: string;
  label: string;
  capacityHours: number;
  bookedHours: number;
  /** bookedHours / capacityHours; null where there is no capacity. */
  occupancyRate: number | null;
  bookings: number;
  uniqueMembers: number;
  noShows: number;
}

export interface OccupancyReport {
  rows: OccupancyRow[];
}

export interface TeleworkDaysRow {
  /** An organization's id or `other`, an INSEE code, an EPCI's SIREN, a site id, `2026-03`. */
  key: string;
  label: string;
  /** Person-days: a person once a day, a half-day 0.5. */
  days: number;
  members: number;
  outsideGersShare?: number | null;
}

export interface TeleworkDaysTotals {
  days: number;
  members: number;
  outsideGersShare: number | null;
  unknownHomeShare?: number | null;
}

export interface TeleworkDaysReport {
  rows: TeleworkDaysRow[];
  totals?: TeleworkDaysTotals;
}

export interface EventsReportRow {
  key: string;
  label: string;
  events: number;
  cancelledEvents: number;
  capacity: number;
  registrations: number;
  waitlisted: number;
  attendance: number;
  fillRate: number | null;
  attendanceRate: number | null;
}

export interface EventsReport {
  rows: EventsReportRow[];
}

export type ReportName = 'occupancy' | 'telework-days' | 'events';

/** CSV numbers: `point` (1234.5, comma-separated) or `comma` (1234,5, semicolon-separated, for French spreadsheets). */
export type CsvDecimal = 'point' | 'comma';
