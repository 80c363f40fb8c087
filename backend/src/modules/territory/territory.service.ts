import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page } from '../../common/pagination/page';
import { searchKey } from '../../common/text/search-key';
import { CommuneQuery, CommuneView, EpciQuery, EpciView } from './dto/territory.dto';

interface CommuneRow {
  code: string;
  name: string;
  postal_codes: string[];
  epci_code: string | null;
  epci_name: string | null;
  population: number | null;
  total: string;
}

interface EpciRow {
  code: string;
  name: string;
  commune_count: string;
  population: number;
  total: string;
}

function toCommune(row: CommuneRow): CommuneView {
  return {
    code: row.code,
    name: row.name,
    postalCodes: row.postal_codes,
    epciCode: row.epci_code,
    epciName: row.epci_name,
    population: row.population,
  };
}

/** The French administrative map: read-only reference data that other modules use through this service. */
@Injectable()
export class TerritoryService {
  constructor(private readonly dataSource: DataSource) {}

  async findCommunes(query: CommuneQuery): Promise<Page<CommuneView>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const order: string[] = [];
    if (query.department) {
      params.push(query.department);
      conditions.push(`c.department = $${params.length}`);
    }
    const q = query.q?.trim();
    if (q && /^\d[\dAB]*$/i.test(q)) {
      // Digits: the start of a postal code or of an INSEE code.
      params.push(`${q.toUpperCase()}%`);
      conditions.push(
        `(c.code LIKE $${params.length} OR EXISTS (SELECT 1 FROM unnest(c.postal_codes) p WHERE p LIKE $${params.length}))`,
      );
    } else if (q) {
      const key = searchKey(q).replace(/[\\%_]/g, (m) => `\\${m}`);
      params.push(`%${key}%`, `${key}%`);
      conditions.push(`c.search_name LIKE $${params.length - 1}`);
      order.push(`c.search_name LIKE $${params.length} DESC`, 'c.population DESC NULLS LAST');
    }
    // The count reads only the conditions' parameters: the ordering's own one (a name's start) would be unbound.
    const whereParams = q && !/^\d[\dAB]*$/i.test(q) ? params.slice(0, -1) : [...params];
    params.push(query.limit, query.offset);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    // Names that start with what was typed come first, then the larger communes: "auch" → Auch before Lauchères.
    const rows: CommuneRow[] = await this.dataSource.query(
      `SELECT c.code, c.name, c.postal_codes, c.epci_code, e.name AS epci_name, c.population,
              count(*) OVER () AS total
       FROM communes c LEFT JOIN epcis e ON e.code = c.epci_code
       ${where}
       ORDER BY ${[...order, 'c.search_name', 'c.code'].join(', ')}
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      items: rows.map(toCommune),
      total: rows.length ? Number(rows[0].total) : await this.countCommunes(where, whereParams),
    };
  }

  private async countCommunes(where: string, params: unknown[]): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*) AS n FROM communes c ${where}`, params);
    return Number(row.n);
  }

  async findEpcis(query: EpciQuery): Promise<Page<EpciView>> {
    const params: unknown[] = [];
    let where = '';
    if (query.department) {
      params.push(query.department);
      where = `WHERE e.code IN (SELECT epci_code FROM communes WHERE department = $1 AND epci_code IS NOT NULL)`;
    }
    params.push(query.limit, query.offset);
    const rows: EpciRow[] = await this.dataSource.query(
      `SELECT e.code, e.name, e.population,
              (SELECT count(*) FROM communes c WHERE c.epci_code = e.code) AS commune_count,
              count(*) OVER () AS total
       FROM epcis e ${where}
       ORDER BY e.name, e.code
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(`SELECT count(*) AS n FROM epcis e ${where}`, params.slice(0, -2));
      total = Number(row.n);
    }
    return {
      items: rows.map((r) => ({
        code: r.code,
        name: r.name,
        communeCount: Number(r.commune_count),
        population: r.population,
      })),
      total,
    };
  }

  /** One commune with its EPCI, or undefined: for the modules that place things on the map (sites, members). */
  async findCommune(code: string): Promise<CommuneView | undefined> {
    const rows: CommuneRow[] = await this.dataSource.query(
      `SELECT c.code, c.name, c.postal_codes, c.epci_code, e.name AS epci_name, c.population, 1 AS total
       FROM communes c LEFT JOIN epcis e ON e.code = c.epci_code WHERE c.code = $1`,
      [code],
    );
    return rows[0] ? toCommune(rows[0]) : undefined;
  }
}
