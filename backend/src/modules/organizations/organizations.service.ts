import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { MAX_PAGE_SIZE, type Page } from '../../common/pagination/page';
import { NotFound } from '../../common/problem/domain-error';
import { searchKey } from '../../common/text/search-key';
import { FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { PeopleDirectory } from '../identity/people-directory';
import { siteInstant } from '../sites/site-time';
import {
  CreateOrganizationRequest,
  OrganizationDetailView,
  OrganizationMemberView,
  OrganizationQuery,
  OrganizationView,
  TeleworkContractDocument,
  UpdateOrganizationRequest,
} from './dto/organization.dto';
import { NETWORK_ZONE, ORGANIZATION_SELECT, OrganizationRow, toOrganizationView } from './organization-records';
import { SirenTaken } from './organizations.errors';

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

/** Employers and their telework contracts, kept by the network's officers. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly people: PeopleDirectory,
  ) {}

  async create(request: CreateOrganizationRequest, actor: Principal): Promise<OrganizationDetailView> {
    const id = await this.translated(request, () =>
      this.dataSource.transaction(async (manager) => {
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO organizations (name, search_name, siren, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $4) RETURNING id`,
          [request.name, searchKey(request.name), request.siren ?? null, this.clock.now()],
        );
        if (request.contract) await this.writeContract(manager, row.id, request.contract);
        await this.audit.record(manager, actor, {
          action: 'organization.create',
          subjectType: 'organization',
          subjectId: row.id,
          details: { contract: request.contract ? 'set' : 'none' },
        });
        return row.id;
      }),
    );
    return this.get(id);
  }

  async find(query: OrganizationQuery): Promise<Page<OrganizationView>> {
    const q = query.q?.trim() ?? '';
    const pattern = q ? `%${searchKey(q).replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
    const params = [pattern, q.replace(/\s/g, '') || null];
    const where = `WHERE $1::text IS NULL OR o.search_name LIKE $1 OR o.siren = $2`;
    const rows: (OrganizationRow & { total: string })[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM (${ORGANIZATION_SELECT} ${where}) AS found
       ORDER BY lower(name), id LIMIT $3 OFFSET $4`,
      [...params, query.limit, query.offset],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM organizations o ${where}`, params);
      total = row.n;
    }
    return { items: rows.map(toOrganizationView), total };
  }

  /** The organization and its members, by last and first name (named by identity's `PeopleDirectory`). */
  async get(id: string): Promise<OrganizationDetailView> {
    const [row]: OrganizationRow[] = isUUID(id)
      ? await this.dataSource.query(`${ORGANIZATION_SELECT} WHERE o.id = $1`, [id])
      : [];
    if (!row) throw new NotFound('Organization', id);
    const links: { user_id: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT user_id, created_at FROM organization_members WHERE organization_id = $1`,
      [row.id],
    );
    const members: OrganizationMemberView[] = [];
    // The directory names one page of people at a time.
    for (let start = 0; start < links.length; start += MAX_PAGE_SIZE) {
      const page = links.slice(start, start + MAX_PAGE_SIZE);
      const cards = await this.people.cards(page.map((link) => link.user_id));
      for (const link of page) {
        const card = cards.get(link.user_id);
        if (!card) continue;
        members.push({
          userId: card.id,
          firstName: card.firstName,
          lastName: card.lastName,
          email: card.email,
          since: siteInstant(link.created_at, NETWORK_ZONE),
        });
      }
    }
    members.sort((a, b) => byName.compare(a.lastName, b.lastName) || byName.compare(a.firstName, b.firstName));
    return { ...toOrganizationView(row), members };
  }

  async update(id: string, change: UpdateOrganizationRequest, actor: Principal): Promise<OrganizationDetailView> {
    if (!isUUID(id)) throw new NotFound('Organization', id);
    const fields = Object.keys(change).filter(
      (field) => change[field as keyof UpdateOrganizationRequest] !== undefined,
    );
    await this.translated(change, () =>
      this.dataSource.transaction(async (manager) => {
        const [, found] = await manager.query(
          `UPDATE organizations SET name = coalesce($2, name), search_name = coalesce($3, search_name),
             siren = CASE WHEN $4 THEN $5 ELSE siren END, updated_at = $6
           WHERE id = $1`,
          [
            id,
            change.name ?? null,
            change.name ? searchKey(change.name) : null,
            change.siren !== undefined,
            change.siren ?? null,
            this.clock.now(),
          ],
        );
        if (!found) throw new NotFound('Organization', id);
        if (change.contract !== undefined) {
          await manager.query(`DELETE FROM telework_contracts WHERE organization_id = $1`, [id]);
          if (change.contract) await this.writeContract(manager, id, change.contract);
        }
        if (fields.length) {
          await this.audit.record(manager, actor, {
            action: 'organization.update',
            subjectType: 'organization',
            subjectId: id,
            details: { fields },
          });
        }
      }),
    );
    return this.get(id);
  }

  private async writeContract(manager: EntityManager, id: string, contract: TeleworkContractDocument): Promise<void> {
    await manager.query(
      `INSERT INTO telework_contracts (organization_id, days_per_week, updated_at) VALUES ($1, $2, $3)`,
      [id, contract.daysPerWeek, this.clock.now()],
    );
    const siteIds = contract.siteIds ?? [];
    if (siteIds.length) {
      await manager.query(
        `INSERT INTO telework_contract_sites (organization_id, site_id) SELECT $1, unnest($2::uuid[])`,
        [id, siteIds],
      );
    }
  }

  /** The constraints say what was wrong: a SIREN already used, a contract naming a site that does not exist. */
  private async translated<T>(
    request: { siren?: string | null; contract?: TeleworkContractDocument | null },
    write: () => Promise<T>,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (violates(error, 'organizations_siren_key', UNIQUE_VIOLATION)) throw new SirenTaken(request.siren!);
      if (violates(error, 'telework_contract_sites_site_id_fkey', FOREIGN_KEY_VIOLATION)) {
        throw new NotFound('Site', missingKey(error) ?? request.contract?.siteIds?.join(', '));
      }
      throw error;
    }
  }
}

/** The key PostgreSQL names in a foreign-key violation: `Key (site_id)=(…) is not present in table "sites".` */
function missingKey(error: unknown): string | undefined {
  const detail = (error as { driverError?: { detail?: string } }).driverError?.detail ?? '';
  return /\)=\(([^)]+)\)/.exec(detail)?.[1];
}
