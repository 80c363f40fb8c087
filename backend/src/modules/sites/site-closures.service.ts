import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { SiteClosureListeners } from './site-closure-listener';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { NotFound } from '../../common/problem/domain-error';
import { Page } from '../../common/pagination/page';
import { UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { ClosureQuery, ClosureView, CreateClosureRequest } from './dto/closure.dto';
import { returnedRows } from './row-changes';
import { SiteAccess } from './site-access';
import { CLOSURE_COLUMNS, ClosureRow, toClosureView } from './site-records';
import { isUuid } from './site-slug';
import { siteToday } from './site-time';
import { ClosureExists, ClosureInPast } from './sites.errors';

/** Days a site is closed outside its weekly rhythm, kept by its hosts. */
@Injectable()
export class SiteClosuresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SiteAccess,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly listeners: SiteClosureListeners,
  ) {}

  async create(siteId: string, request: CreateClosureRequest, principal: Principal): Promise<ClosureView> {
    const site = await this.access.requireManageable(siteId, principal);
    if (request.date < siteToday(this.clock.now(), site.timezone)) throw new ClosureInPast(request.date);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [row]: ClosureRow[] = await manager.query(
          `INSERT INTO site_closures (site_id, date, reason) VALUES ($1, $2, $3) RETURNING ${CLOSURE_COLUMNS}`,
          [site.id, request.date, request.reason ?? null],
        );
        // The day's bookings and events are cancelled, and the people concerned told, in the closure's transaction.
        const cancelled = await this.listeners.siteClosed(manager, site.id, request.date, site.timezone, principal);
        // Closing a day cancels members' bookings: an action on others' data, kept in the audit log.
        await this.audit.record(manager, principal, {
          action: 'site.closure.create',
          subjectType: 'site',
          subjectId: site.id,
          details: { date: request.date, cancelledBookings: cancelled },
        });
        return toClosureView(row);
      });
    } catch (error) {
      if (violates(error, 'site_closures_site_id_date_key', UNIQUE_VIOLATION)) throw new ClosureExists(request.date);
      throw error;
    }
  }

  async list(siteId: string, query: ClosureQuery, principal: Principal): Promise<Page<ClosureView>> {
    const site = await this.access.requireManageable(siteId, principal);
    const params: unknown[] = [site.id, query.from ?? null, query.to ?? null, query.limit, query.offset];
    const where = `site_id = $1 AND ($2::date IS NULL OR date >= $2::date) AND ($3::date IS NULL OR date <= $3::date)`;
    const rows: (ClosureRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${CLOSURE_COLUMNS}, count(*) OVER () AS total FROM site_closures WHERE ${where}
       ORDER BY date LIMIT $4 OFFSET $5`,
      params,
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(
        `SELECT count(*) AS n FROM site_closures WHERE ${where}`,
        params.slice(0, 3),
      );
      total = Number(row.n);
    }
    return { items: rows.map(toClosureView), total };
  }

  async remove(siteId: string, closureId: string, principal: Principal): Promise<void> {
    const site = await this.access.requireManageable(siteId, principal);
    if (!isUuid(closureId)) throw new NotFound('Closure', closureId);
    await this.dataSource.transaction(async (manager) => {
      const [removed]: { date: string }[] = returnedRows(
        await manager.query(
          `DELETE FROM site_closures WHERE id = $1 AND site_id = $2 RETURNING to_char(date, 'YYYY-MM-DD') AS date`,
          [closureId, site.id],
        ),
      );
      if (!removed) throw new NotFound('Closure', closureId);
      // Reopening a day is a site edit like any other: the log says who did it. Cancelled bookings stay so.
      await this.audit.record(manager, principal, {
        action: 'site.closure.remove',
        subjectType: 'site',
        subjectId: site.id,
        details: { date: removed.date },
      });
    });
  }
}
