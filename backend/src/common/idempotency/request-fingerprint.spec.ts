import { describe, expect, it } from '@jest/globals';
import { canonicalJson, requestFingerprint } from './request-fingerprint';

const closure = {
  method: 'POST',
  path: '/api/v1/sites/0b6d4d9e-58a4-4d0c-a2f2-9d2b7e3c1f00/closures',
  query: {},
  body: { date: '2026-12-24', reason: 'Réveillon' },
};

describe('request fingerprint', () => {
  it('is a SHA-256 in hex, the same for the same request', () => {
    expect(requestFingerprint(closure)).toMatch(/^[0-9a-f]{64}$/);
    expect(requestFingerprint(closure)).toBe(requestFingerprint({ ...closure, body: { ...closure.body } }));
  });

  it('ignores the order of JSON members, at any depth, and the method’s case', () => {
    const reordered = {
      method: 'post',
      path: closure.path,
      query: {},
      body: { reason: 'Réveillon', date: '2026-12-24' },
    };
    expect(requestFingerprint(reordered)).toBe(requestFingerprint(closure));
    expect(canonicalJson({ b: { y: 1, x: [2, { d: 1, c: 0 }] }, a: null })).toBe(
      '{"a":null,"b":{"x":[2,{"c":0,"d":1}],"y":1}}',
    );
  });

  it('leaves out undefined members as JSON does, so a missing field and an undefined one agree', () => {
    expect(requestFingerprint({ ...closure, body: { ...closure.body, note: undefined } })).toBe(
      requestFingerprint(closure),
    );
  });

  it('differs for another method, path, query or body', () => {
    const first = requestFingerprint(closure);
    const others = [
      { ...closure, method: 'PUT' },
      { ...closure, path: closure.path.replace('closures', 'resources') },
      { ...closure, query: { notify: 'false' } },
      { ...closure, body: { ...closure.body, date: '2026-12-31' } },
      { ...closure, body: { date: '2026-12-24' } },
      { ...closure, body: [closure.body] },
    ].map(requestFingerprint);
    expect(new Set([first, ...others]).size).toBe(others.length + 1);
  });

  it('keeps the order of arrays and tells a string from a number', () => {
    const body = (amenities: unknown[]) => requestFingerprint({ ...closure, body: { amenities } });
    expect(body(['fibre', 'coffee'])).not.toBe(body(['coffee', 'fibre']));
    expect(requestFingerprint({ ...closure, body: { capacity: 4 } })).not.toBe(
      requestFingerprint({ ...closure, body: { capacity: '4' } }),
    );
  });

  it('tells no body from an empty one', () => {
    expect(requestFingerprint({ ...closure, body: undefined })).not.toBe(requestFingerprint({ ...closure, body: {} }));
  });
});
