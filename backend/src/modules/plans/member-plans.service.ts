import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import type { Page, PageQuery } from '../../common/pagination/page';
import { InvalidInput, NotFound } from '../../common/problem/domain-error';
import { EXCLUSION_VIOLATION, FOREIGN_KEY_VIOLATION, violates } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { PeopleDirectory } from '../identity/people-directory';
import { GrantPlanRequest, MemberPlanView } from './dto/plan.dto';
import { MEMBER_PLAN_SELECT, MemberPlanRow, toMemberPlanView } from './plan-records';
import { PlanGrantConflict, SelfGrantedPlan } from './plans.errors';

/** `pg_advisory_xact_lock(namespace, hashtext(user id))`: grants to one member are made one at a time. */
const GRANT_LOCK_NAMESPACE = 0x504c414e; // "PLAN"

/** Officers and hosts give members plans; a member holds one at a time. */
@Injectable()
export class MemberPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly people: PeopleDirectory,
  ) {}

  /**
   * The new plan replaces, from its first day, whatever the member held: a plan running then ends the day
   * before, plans due to start later are withdrawn. Bookings already made stay where they are; those that
   * fall in the new plan's periods count against it (see `BookingQuota`).
   */
  async grant(userId: string, request: GrantPlanRequest, actor: Principal): Promise<MemberPlanView> {
    if (!isUUID(userId)) throw new NotFound('User', userId);
    if (actor.role !== 'admin' && actor.userId === userId) throw new SelfGrantedPlan();
    const until = request.until ?? null;
    if (until !== null && until < request.from) {
      throw new InvalidInput([{ field: 'until', message: 'until must be on or after from' }]);
    }
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [GRANT_LOCK_NAMESPACE, userId]);
        // DELETE and UPDATE … RETURNING answer [rows, count].
        const withdrawn: { id: string }[] = (
          await manager.query(`DELETE FROM member_plans WHERE user_id = $1 AND valid_from >= $2::date RETURNING id`, [
            userId,
            request.from,
          ])
        )[0];
        const ended: { id: string }[] = (
          await manager.query(
            `UPDATE member_plans SET valid_until = $2::date - 1
             WHERE user_id = $1 AND valid_from < $2::date AND (valid_until IS NULL OR valid_until >= $2::date)
             RETURNING id`,
            [userId, request.from],
          )
        )[0];
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO member_plans (user_id, plan_id, valid_from, valid_until, granted_by, granted_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [userId, request.planId, request.from, until, actor.userId, this.clock.now()],
        );
        await this.audit.record(manager, actor, {
          action: 'member.plan.grant',
          subjectType: 'user',
          subjectId: userId,
          details: {
            memberPlanId: row.id,
            planId: request.planId,
            from: request.from,
            until,
            ended: ended.map((plan) => plan.id),
            withdrawn: withdrawn.map((plan) => plan.id),
          },
        });
        return row.id;
      });
      const [row]: MemberPlanRow[] = await this.dataSource.query(`${MEMBER_PLAN_SELECT} WHERE mp.id = $1`, [id]);
      return toMemberPlanView(row);
    } catch (error) {
      if (violates(error, 'member_plans_plan_id_fkey', FOREIGN_KEY_VIOLATION))
        throw new NotFound('Plan', request.planId);
      // The users table is identity's: the foreign key says whether the member exists.
      if (violates(error, 'member_plans_user_id_fkey', FOREIGN_KEY_VIOLATION)) throw new NotFound('User', userId);
      if (violates(error, 'member_plans_one_at_a_time', EXCLUSION_VIOLATION)) {
        // Only reachable if the lock were bypassed; the constraint is the guarantee.
        throw new PlanGrantConflict();
      }
      throw error;
    }
  }

  /** A member's plans, the latest first. */
  async listFor(userId: string, query: PageQuery): Promise<Page<MemberPlanView>> {
    if (!isUUID(userId) || !(await this.people.cards([userId])).size) throw new NotFound('User', userId);
    const rows: (MemberPlanRow & { total: string })[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM (${MEMBER_PLAN_SELECT} WHERE mp.user_id = $1) AS held
       ORDER BY valid_from DESC, id LIMIT $2 OFFSET $3`,
      [userId, query.limit, query.offset],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      total = (
        await this.dataSource.query(`SELECT count(*)::int AS n FROM member_plans WHERE user_id = $1`, [userId])
      )[0].n;
    }
    return { items: rows.map(toMemberPlanView), total };
  }
}
