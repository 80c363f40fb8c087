import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden } from '../problem/domain-error';
import { ACCESS_RULE, AccessRule } from './access.decorators';

/** Fails closed: a route that forgot to say who may call it is refused to everyone. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === undefined) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule`);
      throw new Forbidden('This route declares no access rule.');
    }
    switch (rule.kind) {
      case 'public':
        return true;
    }
  }
}
