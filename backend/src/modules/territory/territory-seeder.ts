import { Injectable, Logger } from '@nestjs/common';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { searchKey } from '../../common/text/search-key';

interface SourceCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
}

interface SourceEpci {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: { code: string }[];
}

const PACKAGE = '@etalab/decoupage-administratif';
const DATA_SET = 'decoupage-administratif';
const CHUNK = 5000;

// The CommonJS build has `require`; the ESM test runner does not, and resolves from the workspace instead.
const load: NodeJS.Require = typeof require === 'function' ? require : createRequire(join(process.cwd(), 'index.js'));

/**
 * Loads every current French commune and EPCI from the etalab package. Idempotent: it runs once per
 * version of the package (recorded in `reference_data_versions`) and upserts, so a newer package
 * updates names, populations and memberships in place.
 */
@Injectable()
export class TerritorySeeder {
  private readonly logger = new Logger(TerritorySeeder.name);

  constructor(private readonly dataSource: DataSource) {}

  async ensureLoaded(): Promise<void> {
    const version = (load(`${PACKAGE}/package.json`) as { version: string }).version;
    await this.dataSource.transaction(async (manager) => {
      // One loader at a time when several processes start together.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [DATA_SET]);
      const rows: { version: string }[] = await manager.query(
        'SELECT version FROM reference_data_versions WHERE name = $1',
        [DATA_SET],
      );
      if (rows[0]?.version === version) return;
      const started = Date.now();
      const counts = await this.load(manager);
      await manager.query(
        `INSERT INTO reference_data_versions (name, version) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, loaded_at = now()`,
        [DATA_SET, version],
      );
      this.logger.log(
        `Loaded ${counts.communes} communes and ${counts.epcis} EPCI (${PACKAGE} ${version}) in ${Date.now() - started} ms`,
      );
    });
  }

  private async load(manager: EntityManager): Promise<{ communes: number; epcis: number }> {
    const communes = (load(`${PACKAGE}/data/communes.json`) as SourceCommune[]).filter(
      (c) => c.type === 'commune-actuelle' && c.departement && c.region,
    );
    const epcis = load(`${PACKAGE}/data/epci.json`) as SourceEpci[];
    const epciOf = new Map<string, string>();
    for (const epci of epcis) for (const member of epci.membres) epciOf.set(member.code, epci.code);

    await manager.query(
      `INSERT INTO epcis (code, name, kind, population)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, population = EXCLUDED.population`,
      [
        epcis.map((e) => e.code),
        epcis.map((e) => e.nom),
        epcis.map((e) => e.type),
        epcis.map((e) => e.populationMunicipale ?? 0),
      ],
    );
    for (let start = 0; start < communes.length; start += CHUNK) {
      const chunk = communes.slice(start, start + CHUNK);
      await manager.query(
        `INSERT INTO communes (code, name, search_name, department, region, postal_codes, epci_code, population)
         SELECT code, name, search_name, department, region,
                CASE WHEN postal_codes = '' THEN '{}'::text[] ELSE string_to_array(postal_codes, ',') END,
                epci_code, population
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[])
           AS source(code, name, search_name, department, region, postal_codes, epci_code, population)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, search_name = EXCLUDED.search_name,
           department = EXCLUDED.department, region = EXCLUDED.region, postal_codes = EXCLUDED.postal_codes,
           epci_code = EXCLUDED.epci_code, population = EXCLUDED.population`,
        [
          chunk.map((c) => c.code),
          chunk.map((c) => c.nom),
          chunk.map((c) => searchKey(c.nom)),
          chunk.map((c) => c.departement),
          chunk.map((c) => c.region),
          chunk.map((c) => (c.codesPostaux ?? []).join(',')),
          chunk.map((c) => epciOf.get(c.code) ?? null),
          chunk.map((c) => c.population ?? null),
        ],
      );
    }
    return { communes: communes.length, epcis: epcis.length };
  }
}
