import { describe, expect, it } from '@jest/globals';
import { loggableUrl, maskEmails } from './log-options';

describe('loggableUrl', () => {
  it('keeps the path and harmless query parameters as they are', () => {
    expect(loggableUrl('/api/v1/admin/jobs?state=failed&limit=20')).toBe('/api/v1/admin/jobs?state=failed&limit=20');
  });

  it('hides the secret of a calendar feed or unsubscribe link in the path', () => {
    expect(loggableUrl('/api/v1/calendar/AbC-123_x.ics')).toBe('/api/v1/calendar/….ics');
    expect(loggableUrl('/api/v1/unsubscribe/tok3n?x=1')).toBe('/api/v1/unsubscribe/…?x=1');
  });

  it('hides the values of secret parameters and of any value holding an address', () => {
    expect(loggableUrl('/feed?token=s3cret&Refresh_Token=r&lang=fr')).toBe('/feed?token=…&Refresh_Token=…&lang=fr');
    expect(loggableUrl('/api/v1/accounts?q=camille%40example.fr&role=host')).toBe('/api/v1/accounts?q=…&role=host');
    expect(loggableUrl('/x?q=a+b%40c.fr')).toBe('/x?q=…');
  });

  it('masks an address written in a path', () => {
    expect(loggableUrl('/api/v1/people/camille@example.fr')).toBe('/api/v1/people/…@…');
  });
});

describe('maskEmails', () => {
  it('masks every address in a message', () => {
    expect(maskEmails('550 <camille@example.fr>: unknown, cc a.b@c.org')).toBe('550 <…@…>: unknown, cc …@…');
  });
});
