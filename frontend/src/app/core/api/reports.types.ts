import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths (API.md § Reports).
export type OccupancyRow = components['schemas']['OccupancyRowView'];
export type OccupancyTotals = components['schemas']['OccupancyTotalsView'];
export type OccupancyReport = components['schemas']['OccupancyReportView'];
export type TeleworkDaysRow = components['schemas']['TeleworkDaysRowView'];
export type TeleworkDaysTotals = components['schemas']['TeleworkDaysTotalsView'];
export type TeleworkDaysReport = components['schemas']['TeleworkDaysReportView'];
export type EventsReportRow = components['schemas']['EventsRowView'];
export type EventsReport = components['schemas']['EventsReportView'];
export type NewcomersReportRow = components['schemas']['NewcomersRowView'];
export type NewcomersReport = components['schemas']['NewcomersReportView'];

/** The path of each report under `/reports/`, also the start of its CSV file's name. */
export type ReportName = 'occupancy' | 'telework-days' | 'events' | 'newcomers';

/** CSV numbers: `point` (1234.5, comma-separated) or `comma` (1234,5, semicolon-separated, for French spreadsheets). */
export type CsvDecimal = 'point' | 'comma';
