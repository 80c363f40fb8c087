import type { Response } from 'express';
import { CsvDecimal, reportCsv } from './report-csv';

/**
 * A report answers JSON, or with `format=csv` the same rows as a CSV file named after the report and period
 * (`occupancy-2026-03-01-2026-03-31.csv`).
 */
export function reportAnswer<T extends { rows: object[] }>(
  response: Response,
  name: string,
  report: T,
  columns: readonly string[],
  query: { from: string; to: string; format?: 'json' | 'csv'; decimal?: CsvDecimal },
): T | string {
  if (query.format !== 'csv') return report;
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${name}-${query.from}-${query.to}.csv"`);
  return reportCsv([...columns], report.rows, query.decimal);
}
