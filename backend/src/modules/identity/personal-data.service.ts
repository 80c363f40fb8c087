import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { NotFound } from '../../common/problem/domain-error';
import { HoldsPersonalData, PersonalDataHolder } from './personal-data';

interface AccountRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: string;
  locale: string;
  home_commune_code: string | null;
  created_at: Date;
  updated_at: Date;
}

/** GDPR: access (everything held about the caller) and erasure. */
@Injectable()
export class PersonalDataService implements OnModuleInit {
  private readonly holders = new Map<string, PersonalDataHolder>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: HoldsPersonalData.KEY })) {
      const section = this.discovery.getMetadataByDecorator(HoldsPersonalData, wrapper);
      if (section && wrapper.instance) this.holders.set(section, wrapper.instance as PersonalDataHolder);
    }
  }

  async export(userId: string): Promise<Record<string, unknown>> {
    const [account]: AccountRow[] = await this.dataSource.query(
      `SELECT id, email, first_name, last_name, role, locale, home_commune_code, created_at, updated_at
       FROM users WHERE id = $1`,
      [userId],
    );
    if (!account) throw new NotFound('Account');
    const sessions = await this.dataSource.query(
      `SELECT id, created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt",
              revoked_at AS "revokedAt"
       FROM sessions WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    const sections: Record<string, unknown> = {};
    for (const [section, holder] of this.holders) sections[section] = await holder.exportFor(userId);
    return {
      exportedAt: this.clock.now().toISOString(),
      account: {
        id: account.id,
        email: account.email,
        firstName: account.first_name,
        lastName: account.last_name,
        role: account.role,
        locale: account.locale,
        homeCommuneCode: account.home_commune_code,
        createdAt: account.created_at,
        updatedAt: account.updated_at,
      },
      sessions,
      ...sections,
    };
  }

  /** Every holder forgets the person, then the account goes (its sessions with it), all or nothing. */
  async erase(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const holder of this.holders.values()) await holder.eraseFor(manager, userId);
      await manager.query(`DELETE FROM users WHERE id = $1`, [userId]);
    });
  }
}
