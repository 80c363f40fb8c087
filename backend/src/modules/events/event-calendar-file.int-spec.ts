import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenEvent } from '../../testing/events-fixtures';
import { givenHost, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');

/** A title that needs every RFC 5545 escape: comma, semicolon, backslash and a line break. */
const AWKWARD_TITLE = 'Café, croissants; chemin C:\\Gers';
const LONG_DESCRIPTION =
  'Un tour de table pour se présenter, puis chacun dit sur quoi il travaille cette semaine ; ' +
  'ensuite nous parlons fibre, visio et organisation du télétravail à la campagne.\nSecond paragraphe.';

interface ParsedCalendar {
  lines: string[];
  calendar: ICAL.Component;
  event: ICAL.Event;
}

/** The answer parsed as a calendar client would (ical.js), with the raw lines for the folding rules. */
function parse(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return { lines: text.split('\r\n'), calendar, event: new ICAL.Event(events[0]) };
}

describe('GET /events/{id}.ics', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let host: TestAccount;
  let member: TestAccount;
  let site: TestSite;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    host = await givenHost(t, admin, site.id);
  });
  afterAll(async () => {
    await t.close();
  });

  const ics = (id: string, who?: TestAccount) => {
    const request = t.http.get(`/api/v1/events/${id}.ics`).buffer(true);
    if (who) request.set('Authorization', who.bearer);
    return request;
  };

  it('answers one VEVENT in UTC, with a stable UID, escaped text and lines folded at 75 octets', async () => {
    const event = await givenEvent(t, host, site.id, {
      title: AWKWARD_TITLE,
      description: LONG_DESCRIPTION,
      start: '2026-03-31T09:00',
      end: '2026-03-31T10:30',
    });
    const answer = await ics(event.id).expect(200);
    expect(answer.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(answer.headers['content-disposition']).toBe(`attachment; filename="event-${event.id}.ics"`);
    const text = answer.text;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // Every line ends with CRLF and is at most 75 octets (RFC 5545 §3.1), counted in UTF-8.
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => !line.includes('\n') && Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);

    const { calendar, event: parsed } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(parsed.uid).toMatch(new RegExp(`^event-${event.id}@[a-z0-9.-]+$`));
    expect(parsed.summary).toBe(AWKWARD_TITLE);
    expect(parsed.description).toBe(LONG_DESCRIPTION);
    expect(parsed.location).toBe('Tiers-lieu de Vic, Auch');
    expect(parsed.sequence).toBe(0);
    expect(parsed.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(parsed.component.getFirstPropertyValue('url')).toMatch(new RegExp(`/agenda/${event.id}$`));
    // 09:00 in Paris after the spring change is 07:00 UTC, written with a Z.
    expect(lines).toContain('DTSTART:20260331T070000Z');
    expect(lines).toContain('DTEND:20260331T083000Z');
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-03-31T07:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-03-31T08:30:00.000Z');

    // The same event downloaded again is the same calendar entry.
    const again = parse((await ics(event.id, member).expect(200)).text);
    expect(again.event.uid).toBe(parsed.uid);
  });

  it('raises SEQUENCE when the time changes, and keeps a cancelled event cancelled with a higher one', async () => {
    const event = await givenEvent(t, host, site.id, { start: '2026-04-02T18:00', end: '2026-04-02T20:00' });
    const before = parse((await ics(event.id).expect(200)).text).event;
    await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', host.bearer)
      .send({ start: '2026-04-02T18:30', end: '2026-04-02T20:30' })
      .expect(200);
    const moved = parse((await ics(event.id).expect(200)).text).event;
    expect(moved.uid).toBe(before.uid);
    expect(moved.sequence).toBeGreaterThan(before.sequence);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2026-04-02T16:30:00.000Z');

    await t.http.post(`/api/v1/events/${event.id}/cancel`).set('Authorization', host.bearer).expect(200);
    const cancelled = parse((await ics(event.id).expect(200)).text).event;
    expect(cancelled.uid).toBe(before.uid);
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('gives an online event its address as the location', async () => {
    const online = await givenEvent(t, admin, null, {
      title: 'Visio réseau',
      onlineUrl: 'https://visio.example.fr/reseau',
    });
    const parsed = parse((await ics(online.id).expect(200)).text).event;
    expect(parsed.location).toBe('https://visio.example.fr/reseau');
  });

  it('is a 404 for whoever may not see the event: members-only to anonymous callers, drafts to all but its managers', async () => {
    const membersOnly = await givenEvent(t, host, site.id, { visibility: 'members' });
    const anonymous = await ics(membersOnly.id).expect(404);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    await ics(membersOnly.id, member).expect(200);

    const draft = await givenEvent(t, host, site.id, {}, false);
    await ics(draft.id).expect(404);
    await ics(draft.id, member).expect(404);
    await ics(draft.id, host).expect(200);
    await ics(draft.id, admin).expect(200);

    await ics('00000000-0000-4000-8000-000000000000').expect(404);
    await ics('not-an-id').expect(404);
  });
});
