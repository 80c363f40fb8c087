import { siteInstant } from '../sites/site-time';
import type { OrganizationView } from './dto/organization.dto';

/** The network's dates and times are Europe/Paris; an employer belongs to no one site. */
export const NETWORK_ZONE = 'Europe/Paris';

/** An organization with its contract (if any), the contract's sites and its member count. */
export const ORGANIZATION_SELECT = `
  SELECT o.id, o.name, o.siren, o.created_at, c.days_per_week,
         coalesce((SELECT array_agg(cs.site_id::text ORDER BY cs.site_id)
                   FROM telework_contract_sites cs WHERE cs.organization_id = o.id), '{}') AS site_ids,
         (SELECT count(*) FROM organization_members m WHERE m.organization_id = o.id)::int AS member_count
  FROM organizations o LEFT JOIN telework_contracts c ON c.organization_id = o.id`;

export interface OrganizationRow {
  id: string;
  name: string;
  siren: string | null;
  created_at: Date;
  /** numeric, as the driver gives it: a string. */
  days_per_week: string | null;
  site_ids: string[];
  member_count: number;
}

export function toOrganizationView(row: OrganizationRow): OrganizationView {
  return {
    id: row.id,
    name: row.name,
    siren: row.siren,
    contract: row.days_per_week === null ? null : { daysPerWeek: Number(row.days_per_week), siteIds: row.site_ids },
    memberCount: row.member_count,
    createdAt: siteInstant(row.created_at, NETWORK_ZONE),
  };
}
