import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError, DomainErrorKind, FieldError } from './domain-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://bastide.gers.fr/problems/';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export function statusOf(kind: DomainErrorKind): number {
  switch (kind) {
    case 'invalid':
      return HttpStatus.BAD_REQUEST;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'rule':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'rate_limited':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
    default: {
      const unmapped: never = kind;
      throw new Error(`Unmapped domain error kind ${String(unmapped)}`);
    }
  }
}

/** PostgreSQL refusing text a client sent: a NUL byte (22021), a character it cannot store (22P05). */
const TEXT_PG_ERRORS = new Set(['22021', '22P05']);

/**
 * The database could not serve the request in time: no pooled connection within `connectionTimeoutMillis`
 * (pg-pool says so in words only, no code), or PostgreSQL ended a session left idle in a transaction
 * (25P03, `idle_in_transaction_session_timeout`). A 503 the client may retry, not a 500 (see `databaseOptions`).
 */
const POOL_TIMEOUT_MESSAGES = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
]);
const IDLE_IN_TRANSACTION_TIMEOUT = '25P03';

function isDatabaseBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (POOL_TIMEOUT_MESSAGES.has(error.message)) return true;
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return (code ?? (error as { code?: string }).code) === IDLE_IN_TRANSACTION_TIMEOUT;
}

const HTTP_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** Errors raised by Express' body parser carry an HTTP status and a `type` but are not HttpExceptions. */
interface BodyParserError {
  status: number;
  type: string;
  expose?: boolean;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BodyParserError).status === 'number' &&
    typeof (error as BodyParserError).type === 'string' &&
    (error as BodyParserError).status >= 400 &&
    (error as BodyParserError).status < 500
  );
}

const BODY_PARSER_DETAILS: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is too large.',
  'encoding.unsupported': 'The request body has an unsupported encoding.',
  'charset.unsupported': 'The request body has an unsupported charset.',
};

/** Turns every error into an RFC 9457 problem document; nothing a client sent ends as a 500. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];

    if (problem.status >= 500) {
      this.logger.error({ err: exception, path: problem.instance }, 'Unhandled error');
    }
    if (typeof problem['retryAfterSeconds'] === 'number') {
      response.setHeader('Retry-After', String(problem['retryAfterSeconds']));
    }
    if (response.headersSent) return;
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  toProblem(exception: unknown): ProblemDocument {
    if (exception instanceof DomainError) {
      return {
        type: TYPE_BASE + exception.type,
        title: exception.title,
        status: statusOf(exception.kind),
        detail: exception.detail,
        ...exception.extensions,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message =
        typeof body === 'string'
          ? body
          : Array.isArray((body as { message?: unknown }).message)
            ? (body as { message: string[] }).message.join('; ')
            : String((body as { message?: unknown }).message ?? exception.message);
      if (status === HttpStatus.BAD_REQUEST && exception.cause instanceof SyntaxError) {
        return {
          type: TYPE_BASE + 'malformed-request',
          title: 'Malformed request',
          status,
          detail: BODY_PARSER_DETAILS['entity.parse.failed'],
          errors: [{ field: 'body', message: message }],
        };
      }
      const title = HTTP_TITLES[status] ?? 'Error';
      return {
        type: TYPE_BASE + title.toLowerCase().replace(/\W+/g, '-'),
        title,
        status,
        detail: status === HttpStatus.NOT_FOUND ? 'Nothing is found at this address.' : message,
        ...(status === HttpStatus.BAD_REQUEST ? { errors: [] } : {}),
      };
    }
    if (
      exception instanceof QueryFailedError &&
      TEXT_PG_ERRORS.has((exception.driverError as { code?: string }).code ?? '')
    ) {
      return {
        type: TYPE_BASE + 'malformed-request',
        title: 'Malformed request',
        status: HttpStatus.BAD_REQUEST,
        detail: 'The request contains characters that cannot be stored (such as a NUL character).',
        errors: [],
      };
    }
    if (isBodyParserError(exception)) {
      return {
        type: TYPE_BASE + 'malformed-request',
        title: 'Malformed request',
        status: exception.status,
        detail: BODY_PARSER_DETAILS[exception.type] ?? 'The request could not be read.',
        errors: [{ field: 'body', message: BODY_PARSER_DETAILS[exception.type] ?? 'unreadable' }],
      };
    }
    if (isDatabaseBusy(exception)) {
      return {
        type: TYPE_BASE + 'database-busy',
        title: 'Service Unavailable',
        status: HttpStatus.SERVICE_UNAVAILABLE,
        detail: 'The database is too busy to serve this request now. Please try again in a few seconds.',
        retryAfterSeconds: 5,
      };
    }
    return {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Something went wrong on our side. The error has been logged.',
    };
  }
}
