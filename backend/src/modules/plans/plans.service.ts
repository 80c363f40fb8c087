import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { isHalfDayCount } from '../../common/days/half-days';
import { Clock } from '../../common/clock/clock';
import type { Page, PageQuery } from '../../common/pagination/page';
import { InvalidInput } from '../../common/problem/domain-error';
import { AuditService } from '../audit/audit.service';
import { CreatePlanRequest, PLAN_DAY_BOUNDS, PlanView } from './dto/plan.dto';
import { PlanRow, toPlanView } from './plan-records';

/** The network's catalogue of plans. */
@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(request: CreatePlanRequest, actor: Principal): Promise<PlanView> {
    if (request.kind === 'unlimited') {
      if (request.days !== undefined && request.days !== null) {
        throw new InvalidInput([{ field: 'days', message: 'an unlimited plan has no number of days' }]);
      }
    } else {
      const bound = PLAN_DAY_BOUNDS[request.kind];
      if (!isHalfDayCount(request.days, 0.5, bound)) {
        throw new InvalidInput([
          { field: 'days', message: `days must be from 0.5 to ${bound} for a ${request.kind} plan, in steps of 0.5` },
        ]);
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const [row]: PlanRow[] = await manager.query(
        `INSERT INTO plans (name, kind, days, created_at) VALUES ($1, $2, $3, $4)
         RETURNING id, name, kind, days, created_at`,
        [request.name, request.kind, request.days ?? null, this.clock.now()],
      );
      await this.audit.record(manager, actor, {
        action: 'plan.create',
        subjectType: 'plan',
        subjectId: row.id,
        details: { kind: row.kind },
      });
      return toPlanView(row);
    });
  }

  async list(query: PageQuery): Promise<Page<PlanView>> {
    const rows: (PlanRow & { total: string })[] = await this.dataSource.query(
      `SELECT id, name, kind, days, created_at, count(*) OVER () AS total FROM plans
       ORDER BY lower(name), id LIMIT $1 OFFSET $2`,
      [query.limit, query.offset],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      total = (await this.dataSource.query(`SELECT count(*)::int AS n FROM plans`))[0].n;
    }
    return { items: rows.map(toPlanView), total };
  }
}
