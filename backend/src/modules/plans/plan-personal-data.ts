import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HoldsPersonalData, PersonalDataHolder } from '../identity/personal-data';
import { MEMBER_PLAN_SELECT, MemberPlanRow, toMemberPlanView } from './plan-records';

/** The plans a member holds or held, in their GDPR export; erasure forgets them. */
@Injectable()
@HoldsPersonalData('plans')
export class PlanPersonalData implements PersonalDataHolder {
  constructor(private readonly dataSource: DataSource) {}

  async exportFor(userId: string): Promise<unknown> {
    const rows: MemberPlanRow[] = await this.dataSource.query(
      `${MEMBER_PLAN_SELECT} WHERE mp.user_id = $1 ORDER BY mp.valid_from`,
      [userId],
    );
    return rows.map(toMemberPlanView);
  }

  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM member_plans WHERE user_id = $1`, [userId]);
  }
}
