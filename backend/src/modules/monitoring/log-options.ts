import type { Params } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DestinationStream } from 'pino';
import type { AppConfig } from '../../config/app-config';

/** The caller's `X-Request-Id` when it is a plain id (a proxy's), else a fresh one; every line of a request has it. */
export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
}

const EMAIL = /[^\s<>()[\]{}"',;:@/?&=]+@[^\s<>()[\]{}"',;:@/?&=]+\.[^\s<>()[\]{}"',;:@/?&=]+/g;

/** Logs name people by id: an address in a message (an SMTP refusal, a unique violation) is masked. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, '…@…');
}

/** Query parameters whose value is a secret or a person, whatever the route. */
const SECRET_PARAMETERS =
  /^(token|access_token|refresh_token|id_token|code|key|secret|signature|sig|password|email|e-mail|mail)$/i;

/**
 * A request's URL as logged: path segments that are secrets themselves (the calendar feed's and unsubscribe
 * links' tokens) become `…`, and so do the values of secret query parameters and any value holding an address.
 */
export function loggableUrl(url: string): string {
  const [path, query] = url.split(/\?(.*)/s, 2);
  const safePath = maskEmails(path.replace(/\/(calendar|unsubscribe)\/[^/?.]+/, '/$1/…'));
  if (query === undefined) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const [name, value] = pair.split(/=(.*)/s, 2);
      if (value === undefined) return maskEmails(name);
      let decoded = value;
      try {
        decoded = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        // A malformed escape is logged masked below if it must be, as it came.
      }
      return SECRET_PARAMETERS.test(name) || decoded.includes('@') ? `${name}=…` : `${name}=${value}`;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

/**
 * Fields removed wherever they turn up in a logged object (one or two levels down): the serializers below log
 * no headers nor bodies, this is the net under whatever a module logs itself.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...['password', 'newPassword', 'currentPassword', 'token', 'accessToken', 'refreshToken', 'email'].flatMap((key) => [
    key,
    `*.${key}`,
    `*.*.${key}`,
  ]),
];

/**
 * The options of the one pino logger (HTTP lines and Nest's `Logger` alike): JSON lines with the request id,
 * method, route URL as above, status and time; never headers, bodies, tokens or addresses.
 */
export function loggerOptions(config: AppConfig, stream?: DestinationStream): Params {
  const options: NonNullable<Exclude<Params['pinoHttp'], DestinationStream | unknown[]>> = {
    level: config.logLevel,
    genReqId: requestId,
    redact: { paths: REDACTED_PATHS, remove: true },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: loggableUrl(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error & { type?: string; code?: string }) => ({
        type: err.name,
        code: err.code,
        message: maskEmails(err.message ?? ''),
        stack: maskEmails(err.stack ?? ''),
      }),
    },
    hooks: {
      // Messages are free text written by modules: an address slipped into one is masked here.
      logMethod(args, method) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? maskEmails(arg) : arg)) as Parameters<typeof method>,
        );
      },
    },
    autoLogging: {
      ignore: (req) => req.url?.startsWith('/api/health') === true || req.url?.startsWith('/api/metrics') === true,
    },
  };
  return { pinoHttp: stream ? [options, stream] : options };
}
