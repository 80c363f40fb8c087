import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EmployerLookup } from '../identity/employer-lookup';

export interface TeleworkContractTerms {
  daysPerWeek: number;
  /** Empty: every site of the network. */
  siteIds: string[];
}

/** A member's employer as the quota rules need it. */
export interface Employment {
  organizationId: string;
  organizationName: string;
  contract: TeleworkContractTerms | null;
}

/**
 * The organizations module's answer to "who employs this member, under which contract?", for identity
 * (`GET /me`) and for the plans module's quota rules.
 */
@Injectable()
export class Employers extends EmployerLookup {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async organizationIdOf(userId: string): Promise<string | null> {
    const [row]: { organization_id: string }[] = await this.dataSource.query(
      `SELECT organization_id FROM organization_members WHERE user_id = $1`,
      [userId],
    );
    return row?.organization_id ?? null;
  }

  /** Read with the caller's manager, so that a booking's transaction sees the employer of that instant. */
  async employmentOf(manager: EntityManager, userId: string): Promise<Employment | null> {
    const [row]: { id: string; name: string; days_per_week: string | null; site_ids: string[] }[] = await manager.query(
      `SELECT o.id, o.name, c.days_per_week,
              coalesce((SELECT array_agg(cs.site_id::text ORDER BY cs.site_id)
                        FROM telework_contract_sites cs WHERE cs.organization_id = o.id), '{}') AS site_ids
       FROM organization_members m JOIN organizations o ON o.id = m.organization_id
         LEFT JOIN telework_contracts c ON c.organization_id = o.id
       WHERE m.user_id = $1`,
      [userId],
    );
    if (!row) return null;
    return {
      organizationId: row.id,
      organizationName: row.name,
      contract: row.days_per_week === null ? null : { daysPerWeek: Number(row.days_per_week), siteIds: row.site_ids },
    };
  }
}
