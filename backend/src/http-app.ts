import { RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createValidationPipe } from './common/problem/validation';
import { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.module';
import { JobsDashboard } from './jobs/admin/jobs-dashboard';
import { RequestMetrics } from './modules/monitoring/request-metrics';

export const API_PREFIX = 'api/v1';

export function buildOpenApiDocument(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Bastide API')
    .setDescription(
      'Booking and community platform of the Gers network of tiers-lieux. Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/** Everything about the HTTP surface that is not a route: shared by `main.ts` and the integration tests. */
export interface HttpAppOptions {
  /** The production build of the Angular app (`dist/frontend/browser`), served beside the API when present. */
  frontendDir?: string;
}

export function configureHttpApp(app: NestExpressApplication, options: HttpAppOptions = {}): void {
  app.disable('x-powered-by');
  // First, so that every request is timed, under its route template (`modules/monitoring`).
  const requestMetrics = app.get(RequestMetrics);
  app.use((request: Request, response: Response, next: NextFunction) => requestMetrics.handle(request, response, next));
  // Behind a reverse proxy, the client's address (the rate limiter's key) comes from X-Forwarded-For, but
  // only through the hops TRUST_PROXY names: nobody else may choose the address they are counted under.
  app.set('trust proxy', app.get<AppConfig>(APP_CONFIG).trustProxy);
  app.useBodyParser('json', { limit: '1mb' });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'api/health', method: RequestMethod.GET },
      { path: 'api/health/ready', method: RequestMethod.GET },
      { path: 'api/metrics', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'https:'],
          'connect-src': ["'self'"],
          // Deployments behind a plain-HTTP proxy or on a LAN address must not have their assets upgraded.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  // bull-board's dashboard of the BullMQ queue, for officers, when REDIS_URL is set (`jobs/admin/jobs-dashboard.ts`).
  app.get(JobsDashboard).mount(app);
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'Bastide API',
  });

  const browser = options.frontendDir;
  if (browser && existsSync(join(browser, 'index.html'))) {
    app.useStaticAssets(browser, {
      index: false,
      setHeaders: (response, path) => {
        // Fingerprinted bundles never change; translations and the index do, under the same name.
        response.setHeader(
          'Cache-Control',
          /-[A-Z0-9]{8}\.(js|css)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    // The single-page app answers the paths of its own routes; a missing file stays a 404.
    app.use((request: Request, response: Response, next: NextFunction) => {
      if (request.method !== 'GET' || request.path.startsWith('/api') || /\.\w+$/.test(request.path)) return next();
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(join(browser, 'index.html'));
    });
  }
}
