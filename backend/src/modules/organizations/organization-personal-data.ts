import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HoldsPersonalData, PersonalDataHolder } from '../identity/personal-data';
import { NETWORK_ZONE } from './organization-records';
import { siteInstant } from '../sites/site-time';

/** The member's employer in their GDPR export; erasure forgets the link (the employer itself stays). */
@Injectable()
@HoldsPersonalData('employer')
export class OrganizationPersonalData implements PersonalDataHolder {
  constructor(private readonly dataSource: DataSource) {}

  async exportFor(userId: string): Promise<unknown> {
    const [row]: { id: string; name: string; siren: string | null; created_at: Date }[] = await this.dataSource.query(
      `SELECT o.id, o.name, o.siren, m.created_at FROM organization_members m
       JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = $1`,
      [userId],
    );
    if (!row) return null;
    return {
      organizationId: row.id,
      name: row.name,
      siren: row.siren,
      since: siteInstant(row.created_at, NETWORK_ZONE),
    };
  }

  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM organization_members WHERE user_id = $1`, [userId]);
  }
}
