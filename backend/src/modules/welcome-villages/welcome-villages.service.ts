import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import type { Page } from '../../common/pagination/page';
import { Forbidden, InvalidInput, NotFound } from '../../common/problem/domain-error';
import { FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { siteInstant } from '../sites/site-time';
import { TerritoryService } from '../territory/territory.service';
import {
  CreateWelcomeVillageRequest,
  UpdateWelcomeVillageRequest,
  WelcomeVillageQuery,
  WelcomeVillageView,
} from './dto/welcome-village.dto';
import type { RelayRole, VillageOffer } from './welcome-village-terms';
import { WelcomeVillageExists } from './welcome-villages.errors';

/** Timestamps are written in the network's zone, as the newcomers' files are. */
const NETWORK_ZONE = 'Europe/Paris';

const VILLAGE_SELECT = `
  SELECT v.*, c.name AS commune_name, c.postal_codes, c.epci_code, e.name AS epci_name, c.search_name
  FROM welcome_villages v
  JOIN communes c ON c.code = v.commune_code
  LEFT JOIN epcis e ON e.code = c.epci_code`;

interface VillageRow {
  id: string;
  commune_code: string;
  commune_name: string;
  postal_codes: string[];
  epci_code: string | null;
  epci_name: string | null;
  relay_name: string;
  relay_role: RelayRole;
  relay_email: string;
  relay_phone: string | null;
  offers: VillageOffer[];
  description_fr: string;
  description_en: string | null;
  latitude: number | null;
  longitude: number | null;
  published: boolean;
  created_at: Date;
  updated_at: Date;
}

function toView(row: VillageRow): WelcomeVillageView {
  return {
    id: row.id,
    communeCode: row.commune_code,
    communeName: row.commune_name,
    postalCodes: row.postal_codes,
    epciCode: row.epci_code,
    epciName: row.epci_name,
    latitude: row.latitude,
    longitude: row.longitude,
    offers: row.offers,
    descriptionFr: row.description_fr,
    descriptionEn: row.description_en,
    relayName: row.relay_name,
    relayRole: row.relay_role,
    relayEmail: row.relay_email,
    relayPhone: row.relay_phone,
    published: row.published,
    createdAt: siteInstant(row.created_at, NETWORK_ZONE),
    updatedAt: siteInstant(row.updated_at, NETWORK_ZONE),
  };
}

/** A map position is both coordinates or neither: half a position would put the pin nowhere. */
function requireWholePosition(latitude: number | null, longitude: number | null): void {
  if ((latitude === null) !== (longitude === null)) {
    const field = latitude === null ? 'latitude' : 'longitude';
    throw new InvalidInput([{ field, message: 'latitude and longitude go together: give both, or clear both' }]);
  }
}

/**
 * The communes that volunteer to welcome newcomers. Anyone reads the published ones (the public page
 * helps people choose, with the relay they may write to); network officers keep the list.
 */
@Injectable()
export class WelcomeVillagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly territory: TerritoryService,
  ) {}

  async list(query: WelcomeVillageQuery, principal?: Principal): Promise<Page<WelcomeVillageView>> {
    const published = query.published ?? 'true';
    if (published !== 'true' && principal?.role !== 'admin') {
      throw new Forbidden('Only network officers list welcome villages that are not published.');
    }
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (value: unknown, condition: (placeholder: string) => string) => {
      params.push(value);
      conditions.push(condition(`$${params.length}`));
    };
    if (published !== 'all') add(published === 'true', (p) => `v.published = ${p}`);
    if (query.epciCode) add(query.epciCode, (p) => `c.epci_code = ${p}`);
    if (query.offer?.length) add(query.offer, (p) => `v.offers @> ${p}::text[]`);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows: VillageRow[] = await this.dataSource.query(
      `${VILLAGE_SELECT} ${where} ORDER BY c.search_name, v.commune_code LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM welcome_villages v JOIN communes c ON c.code = v.commune_code ${where}`,
      params,
    );
    return { items: rows.map(toView), total };
  }

  /** A published village for anyone; officers also see those not published. */
  async get(id: string, principal?: Principal): Promise<WelcomeVillageView> {
    const row = await this.row(this.dataSource.manager, id);
    if (!row.published && principal?.role !== 'admin') throw new NotFound('Welcome village', id);
    return toView(row);
  }

  async create(request: CreateWelcomeVillageRequest, actor: Principal): Promise<WelcomeVillageView> {
    if (!(await this.territory.findCommune(request.communeCode))) {
      throw new InvalidInput([{ field: 'communeCode', message: 'communeCode names no French commune' }]);
    }
    const latitude = request.latitude ?? null;
    const longitude = request.longitude ?? null;
    requireWholePosition(latitude, longitude);
    const now = this.clock.now();
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO welcome_villages (commune_code, relay_name, relay_role, relay_email, relay_phone, offers,
             description_fr, description_en, latitude, longitude, published, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12, $12) RETURNING id`,
          [
            request.communeCode,
            request.relayName,
            request.relayRole,
            request.relayEmail,
            request.relayPhone ?? null,
            request.offers,
            request.descriptionFr,
            request.descriptionEn ?? null,
            latitude,
            longitude,
            request.published ?? false,
            now,
          ],
        );
        await this.audit.record(manager, actor, {
          action: 'welcome-village.create',
          subjectType: 'welcome_village',
          subjectId: row.id,
          details: { communeCode: request.communeCode, published: request.published ?? false },
        });
        return row.id;
      });
      return toView(await this.row(this.dataSource.manager, id));
    } catch (error) {
      throw this.translate(error, request.communeCode);
    }
  }

  async update(id: string, change: UpdateWelcomeVillageRequest, actor: Principal): Promise<WelcomeVillageView> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.row(manager, id, true);
      const latitude = change.latitude !== undefined ? change.latitude : current.latitude;
      const longitude = change.longitude !== undefined ? change.longitude : current.longitude;
      requireWholePosition(latitude, longitude);
      const fields = Object.keys(change).filter(
        (key) => change[key as keyof UpdateWelcomeVillageRequest] !== undefined,
      );
      if (!fields.length) return;
      await manager.query(
        `UPDATE welcome_villages SET relay_name = $2, relay_role = $3, relay_email = $4, relay_phone = $5,
           offers = $6::text[], description_fr = $7, description_en = $8, latitude = $9, longitude = $10,
           published = $11, updated_at = $12
         WHERE id = $1`,
        [
          id,
          change.relayName ?? current.relay_name,
          change.relayRole ?? current.relay_role,
          change.relayEmail ?? current.relay_email,
          change.relayPhone !== undefined ? change.relayPhone : current.relay_phone,
          change.offers ?? current.offers,
          change.descriptionFr ?? current.description_fr,
          change.descriptionEn !== undefined ? change.descriptionEn : current.description_en,
          latitude,
          longitude,
          change.published ?? current.published,
          this.clock.now(),
        ],
      );
      await this.audit.record(manager, actor, {
        action: 'welcome-village.update',
        subjectType: 'welcome_village',
        subjectId: id,
        details: { fields, ...(change.published !== undefined ? { published: change.published } : {}) },
      });
    });
    return toView(await this.row(this.dataSource.manager, id));
  }

  /** The commune no longer volunteers. Newcomers' files that chose it keep their welcome commune. */
  async remove(id: string, actor: Principal): Promise<void> {
    if (!isUUID(id)) throw new NotFound('Welcome village', id);
    await this.dataSource.transaction(async (manager) => {
      // A DELETE answers `[rows, rowCount]` through TypeORM's query().
      const [rows]: [{ commune_code: string }[], number] = await manager.query(
        `DELETE FROM welcome_villages WHERE id = $1 RETURNING commune_code`,
        [id],
      );
      if (!rows.length) throw new NotFound('Welcome village', id);
      await this.audit.record(manager, actor, {
        action: 'welcome-village.delete',
        subjectType: 'welcome_village',
        subjectId: id,
        details: { communeCode: rows[0].commune_code },
      });
    });
  }

  private async row(manager: EntityManager, id: string, forUpdate = false): Promise<VillageRow> {
    const [row]: VillageRow[] = isUUID(id)
      ? await manager.query(`${VILLAGE_SELECT} WHERE v.id = $1 ${forUpdate ? 'FOR UPDATE OF v' : ''}`, [id])
      : [];
    if (!row) throw new NotFound('Welcome village', id);
    return row;
  }

  /** Constraint violations a valid request can still meet (two officers adding the same commune at once). */
  private translate(error: unknown, communeCode: string): unknown {
    if (violates(error, 'welcome_villages_commune_code_key', UNIQUE_VIOLATION)) {
      return new WelcomeVillageExists(communeCode);
    }
    if (violates(error, 'welcome_villages_commune_code_fkey', FOREIGN_KEY_VIOLATION)) {
      return new InvalidInput([{ field: 'communeCode', message: 'communeCode names no French commune' }]);
    }
    return error;
  }
}
