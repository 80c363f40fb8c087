import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { NotFound } from '../../common/problem/domain-error';
import { FOREIGN_KEY_VIOLATION, violates } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';

/** Officers attach members to their employer and detach them; every change goes to the audit log. */
@Injectable()
export class OrganizationMembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Makes the organization the user's employer, moving them from a previous one. Idempotent: attaching a
   * member to their current employer changes nothing and records nothing.
   */
  async attach(organizationId: string, userId: string, actor: Principal): Promise<void> {
    if (!isUUID(organizationId)) throw new NotFound('Organization', organizationId);
    if (!isUUID(userId)) throw new NotFound('User', userId);
    try {
      await this.dataSource.transaction(async (manager) => {
        const [previous]: { organization_id: string }[] = await manager.query(
          `SELECT organization_id FROM organization_members WHERE user_id = $1 FOR UPDATE`,
          [userId],
        );
        if (previous?.organization_id === organizationId) return;
        await manager.query(
          `INSERT INTO organization_members (user_id, organization_id, created_at) VALUES ($1, $2, $3)
           ON CONFLICT (user_id) DO UPDATE SET organization_id = EXCLUDED.organization_id,
             created_at = EXCLUDED.created_at`,
          [userId, organizationId, this.clock.now()],
        );
        await this.audit.record(manager, actor, {
          action: 'organization.member.attach',
          subjectType: 'user',
          subjectId: userId,
          details: { organizationId, previousOrganizationId: previous?.organization_id ?? null },
        });
      });
    } catch (error) {
      // The users table is identity's: the foreign key, not a query of it, says whether the user exists.
      if (violates(error, 'organization_members_organization_id_fkey', FOREIGN_KEY_VIOLATION)) {
        throw new NotFound('Organization', organizationId);
      }
      if (violates(error, 'organization_members_user_id_fkey', FOREIGN_KEY_VIOLATION)) {
        throw new NotFound('User', userId);
      }
      throw error;
    }
  }

  async detach(organizationId: string, userId: string, actor: Principal): Promise<void> {
    if (!isUUID(organizationId)) throw new NotFound('Organization', organizationId);
    await this.dataSource.transaction(async (manager) => {
      const [organization] = await manager.query(`SELECT id FROM organizations WHERE id = $1`, [organizationId]);
      if (!organization) throw new NotFound('Organization', organizationId);
      const [, deleted] = isUUID(userId)
        ? await manager.query(`DELETE FROM organization_members WHERE organization_id = $1 AND user_id = $2`, [
            organizationId,
            userId,
          ])
        : [[], 0];
      if (!deleted) throw new NotFound(`Member of organization ${organizationId}`, userId);
      await this.audit.record(manager, actor, {
        action: 'organization.member.detach',
        subjectType: 'user',
        subjectId: userId,
        details: { organizationId },
      });
    });
  }
}
