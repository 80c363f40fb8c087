import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { buildOpenApiDocument } from '../../http-app';
import { createTestApp, TestApp } from '../../testing/test-app';
import { ACCESS_RULE } from './access.decorators';
import { PrincipalResolver } from './principal';

describe('access rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('are declared by every route of the OpenAPI document', () => {
    const reflector = t.app.get(Reflector);
    const scanner = t.app.get(MetadataScanner);
    const declared = new Map<string, unknown>();
    for (const wrapper of t.app.get(DiscoveryService).getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller || !wrapper.instance) continue;
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(wrapper.instance))) {
        const handler = (wrapper.instance as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        declared.set(
          `${controller.name.replace(/Controller$/, '')}_${name}`,
          reflector.getAllAndOverride(ACCESS_RULE, [handler, controller]),
        );
      }
    }
    const document = buildOpenApiDocument(t.app as NestExpressApplication);
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { operationId?: string }>).map(([method, op]) => ({
        path,
        method,
        id: op.operationId,
      })),
    );
    expect(operations.length).toBeGreaterThan(0);
    const undeclared = operations.filter((op) => !op.id || declared.get(op.id) === undefined);
    expect(undeclared).toEqual([]);
    // The walk itself found every route: one handler per documented operation.
    expect(operations.length).toBe(declared.size);
  });

  it('refuse a route that declares none (the guard fails closed)', async () => {
    const { AccessGuard } = await import('./access.guard');
    const guard = new AccessGuard(t.app.get(Reflector), t.app.get(PrincipalResolver));
    class Undeclared {
      handler() {
        return 'nobody may call me';
      }
    }
    Reflect.defineMetadata(PATH_METADATA, '/', Undeclared.prototype.handler);
    const context = { getHandler: () => Undeclared.prototype.handler, getClass: () => Undeclared } as never;
    await expect(guard.canActivate(context)).rejects.toThrow(/declares no access rule/);
  });
});
