import { createHash } from 'node:crypto';

/** What makes two creating requests the same request, whatever the order of their JSON members. */
export interface FingerprintedRequest {
  method: string;
  /** The URL path, without the query string. */
  path: string;
  /** The parsed query string. */
  query: unknown;
  /** The parsed JSON body, before validation changes anything. */
  body: unknown;
}

/**
 * JSON with every object's members sorted by name, so that `{"a":1,"b":2}` and `{"b":2,"a":1}` are one
 * request; arrays keep their order, which means something. Members whose value is `undefined` are left out,
 * as `JSON.stringify` leaves them out.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const members = Object.keys(value)
    .filter((name) => (value as Record<string, unknown>)[name] !== undefined)
    .sort()
    .map((name) => `${JSON.stringify(name)}:${canonicalJson((value as Record<string, unknown>)[name])}`);
  return `{${members.join(',')}}`;
}

/** SHA-256 (hex) of the method, path, query and body, compared when a key comes back. */
export function requestFingerprint(request: FingerprintedRequest): string {
  const canonical = canonicalJson({
    method: request.method.toUpperCase(),
    path: request.path,
    query: request.query ?? {},
    body: request.body ?? null,
  });
  return createHash('sha256').update(canonical).digest('hex');
}
