import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden, Unauthenticated } from '../problem/domain-error';
import { ACCESS_RULE, AccessRule, RequestWithPrincipal } from './access.decorators';
import { PrincipalResolver } from './principal';

function bearerToken(request: RequestWithPrincipal): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : '';
}

/**
 * Applies each route's declared rule. Fails closed: a route that forgot to say who may call it is
 * refused to everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === undefined) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new Forbidden('This route declares no access rule.');
    }
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const token = bearerToken(request);
    if (rule.kind === 'public') {
      // A public route serves anonymous callers too: a stale token must not lock anyone out of it.
      if (token) request.principal = await this.principals.resolve(token).catch(() => undefined);
      return true;
    }
    if (!token) throw new Unauthenticated('This route needs a valid access token (Authorization: Bearer …).');
    const principal = await this.principals.resolve(token);
    request.principal = principal;
    switch (rule.kind) {
      case 'authenticated':
        return true;
      case 'roles':
        if (!rule.roles.includes(principal.role)) {
          throw new Forbidden(`This action is for ${rule.roles.join(' or ')} accounts.`);
        }
        return true;
    }
  }
}
