import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SettledNewcomers } from '../newcomers/settled-newcomers';
import type { NewcomersReportQuery } from './dto/newcomers-report.dto';
import { compareKeys } from './occupancy-report';
import { dimensionLabel, joinKey, joinLabel, KEY_SEPARATOR, parseGroupBy } from './report-dimensions';
import { checkPeriod } from './report-period';

export const NEWCOMER_DIMENSIONS = ['epci', 'year'] as const;
export type NewcomerDimension = (typeof NEWCOMER_DIMENSIONS)[number];

export const NEWCOMERS_COLUMNS = ['key', 'label', 'settled'] as const;

export interface NewcomersRow {
  key: string;
  label: string;
  settled: number;
}

/**
 * Soho Solo newcomers settled in the Gers, per EPCI (of their welcome commune, else of the commune they
 * wished for; `none` when neither is known) and per year of settling. The figures come from the newcomers
 * module's `SettledNewcomers`; only the EPCIs' names are read here, from territory's reference data as the
 * other reports do.
 */
@Injectable()
export class NewcomersReport {
  constructor(
    private readonly settledNewcomers: SettledNewcomers,
    private readonly dataSource: DataSource,
  ) {}

  async report(query: NewcomersReportQuery): Promise<{ rows: NewcomersRow[]; totals: { settled: number } }> {
    // Without groupBy: per EPCI and year, the question the report answers.
    const dimensions = query.groupBy
      ? parseGroupBy(query.groupBy, NEWCOMER_DIMENSIONS, 'epci')
      : (['epci', 'year'] as NewcomerDimension[]);
    checkPeriod(query);
    const counts = await this.settledNewcomers.countByEpciAndYear(query.from, query.to);
    const groups = new Map<string, number>();
    for (const count of counts) {
      const parts = dimensions.map((dimension) =>
        dimension === 'epci' ? (count.epciCode ?? 'none') : String(count.year),
      );
      const key = parts.join(KEY_SEPARATOR);
      groups.set(key, (groups.get(key) ?? 0) + count.settled);
    }
    const names = await this.epciNames(counts.map((count) => count.epciCode));
    const rows = [...groups.entries()]
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([key, settled]) => {
        const parts = key.split(KEY_SEPARATOR);
        return {
          key: joinKey(parts),
          label: joinLabel(parts.map((part, index) => dimensionLabel(dimensions[index], part, names))),
          settled,
        };
      });
    return { rows, totals: { settled: counts.reduce((sum, count) => sum + count.settled, 0) } };
  }

  private async epciNames(codes: (string | null)[]): Promise<Map<string, string>> {
    const names = new Map<string, string>([['epci:none', 'EPCI inconnu']]);
    const known = [...new Set(codes.filter((code): code is string => code !== null))];
    if (!known.length) return names;
    const found: { code: string; name: string }[] = await this.dataSource.query(
      `SELECT code, name FROM epcis WHERE code = ANY($1)`,
      [known],
    );
    for (const { code, name } of found) names.set(`epci:${code}`, name);
    return names;
  }
}
