/** One invalid field of a 400 answer. */
export interface ProblemFieldError {
  field: string;
  message: string;
}

/** The body of an `application/problem+json` answer (RFC 9457), as the API sends it. */
export interface ProblemDocument {
  /** Absent means `about:blank` (RFC 9457 §4.2.1). */
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
  /** Extension members the problem type defines (`remaining`, `retryAfterSeconds`, ...). */
  [extension: string]: unknown;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

/**
 * Every failed API call reaches components as an ApiProblem, whether the server answered problem+json,
 * something else (a proxy's HTML 502), or nothing at all (offline: status 0).
 */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | null;
  readonly errors: readonly ProblemFieldError[];
  /** The members beyond RFC 9457's own: what a translated message may quote (`{{remaining}}`). */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(problem: ProblemDocument) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail ?? null;
    this.errors = problem.errors ?? [];
    this.extensions = Object.fromEntries(Object.entries(problem).filter(([name]) => !STANDARD_MEMBERS.has(name)));
  }

  /** The server could not be reached at all, so retrying later may help. */
  get isUnreachable(): boolean {
    return this.status === 0;
  }

  /** The fault is on the server's side, not in what the user asked. */
  get isServerFault(): boolean {
    return this.status >= 500;
  }
}

export function isProblemDocument(body: unknown): body is ProblemDocument {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const candidate = body as Record<string, unknown>;
  return typeof candidate['title'] === 'string' && typeof candidate['status'] === 'number';
}

/** Anything a failed call threw, as an ApiProblem; errors that never reached the server count as unreachable. */
export function asApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) {
    return error;
  }
  return new ApiProblem({ title: error instanceof Error ? error.message : String(error), status: 0 });
}
