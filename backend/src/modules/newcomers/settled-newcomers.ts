import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NETWORK_ZONE } from './newcomer-terms';

/** Newcomers settled in one EPCI in one year. */
export interface SettledNewcomerCount {
  /** The EPCI of the welcome commune (of the wished commune when no welcome commune was recorded); null: none. */
  epciCode: string | null;
  /** The year of settling, in Paris. */
  year: number;
  settled: number;
}

/**
 * The figure the network's reports take from the Soho Solo files: newcomers settled, per EPCI and year of
 * settling. A file counts while its status is `settled`, anonymised or not (anonymising keeps what counts);
 * its year is the one of `settled_at`, the moment it last became settled. The reporting module reads it
 * through this export, never the files themselves.
 */
@Injectable()
export class SettledNewcomers {
  constructor(private readonly dataSource: DataSource) {}

  /** Settled between two local dates (Paris, inclusive), per EPCI and year, in key order. */
  async countByEpciAndYear(from: string, to: string): Promise<SettledNewcomerCount[]> {
    const rows: { epci_code: string | null; year: number; settled: number }[] = await this.dataSource.query(
      `SELECT c.epci_code, extract(year FROM n.settled_at AT TIME ZONE $3)::int AS year, count(*)::int AS settled
       FROM newcomers n
       LEFT JOIN communes c ON c.code = coalesce(n.welcome_commune_code, n.wished_commune_code)
       WHERE n.status = 'settled'
         AND n.settled_at >= ($1::date::timestamp AT TIME ZONE $3)
         AND n.settled_at < (($2::date + 1)::timestamp AT TIME ZONE $3)
       GROUP BY 1, 2
       ORDER BY 1 NULLS LAST, 2`,
      [from, to, NETWORK_ZONE],
    );
    return rows.map((row) => ({ epciCode: row.epci_code, year: row.year, settled: row.settled }));
  }
}
