import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { createHmac } from 'node:crypto';
import type { Principal } from '../../common/access/principal';
import { PrincipalResolver } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { Forbidden, Unauthenticated } from '../../common/problem/domain-error';
import { PROBLEM_CONTENT_TYPE, ProblemDetailsFilter } from '../../common/problem/problem-details.filter';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { resolveJwtSecret } from '../../modules/identity/jwt-secret';
import { JOB_QUEUE } from '../job-catalogue';
import { JobsAdminService } from './jobs-admin.service';
import { JobNotFailed, QueueDashboardUnavailable } from './jobs-admin.errors';
import { JOBS_DASHBOARD_PATH } from './jobs-dashboard-path';
import { OutboxQueue } from './outbox-queue';

const COOKIE = 'bastide_queues';
/** Long enough to look around, short enough that a forgotten tab closes itself. */
export const DASHBOARD_SESSION_SECONDS = 15 * 60;
const AUDIENCE = 'bastide-queue-dashboard';

interface DashboardClaims {
  sub: string;
  sid: string;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * bull-board's dashboard of the BullMQ queue, for network officers only. A browser cannot send our bearer
 * token when it opens a page, so `POST /admin/jobs/dashboard-session` gives a signed cookie scoped to the
 * dashboard's path; every request under it checks the cookie and asks identity whether its session still
 * belongs to an officer, so a demoted officer or a revoked session loses the dashboard at once.
 */
@Injectable()
export class JobsDashboard {
  private readonly jwt: JwtService;
  private readonly secure: boolean;
  private readonly problems = new ProblemDetailsFilter();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly principals: PrincipalResolver,
    private readonly queue: OutboxQueue,
    private readonly jobs: JobsAdminService,
  ) {
    // A key of its own, derived from the signing secret: a dashboard cookie is never an access token, nor the reverse.
    const key = createHmac('sha256', resolveJwtSecret(config)).update('bastide queue dashboard session').digest();
    this.jwt = new JwtService({ secret: key.toString('base64url') });
    this.secure = config.publicUrl.startsWith('https:');
  }

  get available(): boolean {
    return this.queue.inUse;
  }

  /** The `Set-Cookie` value that opens the dashboard to this officer for a quarter of an hour. */
  sessionCookie(principal: Principal): string {
    if (!this.available) throw new QueueDashboardUnavailable();
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const token = this.jwt.sign(
      {
        sub: principal.userId,
        sid: principal.sessionId,
        aud: AUDIENCE,
        iat: now,
        exp: now + DASHBOARD_SESSION_SECONDS,
      },
      { algorithm: 'HS256' },
    );
    return [
      `${COOKIE}=${token}`,
      `Path=${JOBS_DASHBOARD_PATH}`,
      `Max-Age=${DASHBOARD_SESSION_SECONDS}`,
      'HttpOnly',
      'SameSite=Strict',
      ...(this.secure ? ['Secure'] : []),
    ].join('; ');
  }

  /** The officer a request's cookie names, as they are now; refuses anyone else. */
  async officerOf(cookieHeader: string | undefined): Promise<Principal> {
    const token = cookieValue(cookieHeader, COOKIE);
    if (!token) throw new Unauthenticated('Open the queue dashboard from the network area (Envois et tâches).');
    let claims: DashboardClaims;
    try {
      claims = this.jwt.verify<DashboardClaims>(token, {
        algorithms: ['HS256'],
        audience: AUDIENCE,
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
    } catch {
      throw new Unauthenticated('The dashboard session is invalid or expired: open it again from the network area.');
    }
    const principal = await this.principals.resolveSession(claims.sub, claims.sid);
    if (principal.role !== 'admin') throw new Forbidden('The queue dashboard is for network officers.');
    return principal;
  }

  /** Serves bull-board under its path, behind the cookie check; nothing at all without Redis. */
  mount(app: NestExpressApplication): void {
    // Nest's preview mode (the OpenAPI export) builds providers without their dependencies: nothing to serve.
    if (!this.queue || !this.available) return;
    const board = new ExpressAdapter();
    board.setBasePath(JOBS_DASHBOARD_PATH);
    createBullBoard({
      queues: [new BullMQAdapter(this.queue.queue(), { allowRetries: true })],
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'Bastide' } },
    });
    app.use(JOBS_DASHBOARD_PATH, this.guard(), this.retries(), board.getRouter());
  }

  private guard(): RequestHandler {
    return (request, response, next) => {
      this.officerOf(request.headers.cookie).then(
        (principal) => {
          response.locals['principal'] = principal;
          response.setHeader('Cache-Control', 'no-store');
          next();
        },
        (error: unknown) => this.refuse(request, response, error),
      );
    };
  }

  /**
   * bull-board's retry buttons would move the BullMQ job back without touching its outbox message, which is
   * marked failed (the worker would find nothing to do) and whose tries are spent. They go through the
   * officers' retry instead, which resets the message, removes the kept job and lets the relay add it anew.
   */
  private retries(): Router {
    const router = Router();
    const officer = (response: Response) => response.locals['principal'] as Principal;
    router.put(`/api/queues/${JOB_QUEUE}/retry/:status`, (request, response, next) => {
      // Re-running completed jobs would do nothing (the processor finds their messages sent).
      const status = String(request.params['status']);
      if (status !== 'failed') return this.fail(request, response, next, new JobNotFailed(status));
      this.jobs.retryFailedQueueJobs(officer(response)).then(
        (result) => response.status(200).json(result),
        (error: unknown) => this.fail(request, response, next, error),
      );
    });
    router.put(`/api/queues/${JOB_QUEUE}/:jobId/retry`, (request, response, next) => {
      this.jobs.retryQueueJob(String(request.params['jobId']), officer(response)).then(
        () => response.status(204).end(),
        (error: unknown) => this.fail(request, response, next, error),
      );
    });
    return router;
  }

  private fail(request: Request, response: Response, _next: NextFunction, error: unknown): void {
    const problem = this.problems.toProblem(error);
    problem.instance = request.originalUrl.split('?')[0];
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  /** A browser gets a short page that says where to go; anything else a problem document. */
  private refuse(request: Request, response: Response, error: unknown): void {
    const problem = this.problems.toProblem(error);
    response.setHeader('Cache-Control', 'no-store');
    if (request.method === 'GET' && request.accepts(['json', 'html']) === 'html') {
      response
        .status(problem.status)
        .type('html')
        .send(
          `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bastide</title></head><body>` +
            `<main><h1>Tableau de bord des files</h1>` +
            `<p>Ouvrez-le depuis l’espace réseau, page « Envois et tâches » (réservé aux agents du réseau).</p>` +
            `<p lang="en">Open it from the network area, page “Jobs and mail” (network officers only).</p>` +
            `<p><a href="/reseau/envois">Envois et tâches</a></p></main></body></html>`,
        );
      return;
    }
    problem.instance = request.originalUrl.split('?')[0];
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}
