import { expect } from '@jest/globals';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';

export interface Invitation {
  /** The calendar's METHOD (`REQUEST`, `CANCEL`). */
  method: string;
  /** The part's `Content-Type` with its `method` parameter, as a mail client reads it. */
  contentType: string;
  event: ICAL.Event;
  vevent: ICAL.Component;
}

/** A mail's `text/calendar` part, parsed by ical.js as a calendar client would; undefined when it has none. */
export function invitationOf(mail: ParsedMail): Invitation | undefined {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) return undefined;
  const contentType = part.headers.get('content-type') as { value: string; params: Record<string, string> };
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    contentType: `${contentType.value}; method=${contentType.params['method']}`,
    event: new ICAL.Event(events[0]),
    vevent: events[0],
  };
}
