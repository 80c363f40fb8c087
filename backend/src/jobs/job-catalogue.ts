/**
 * Every job Bastide knows, in one place: its name, how often it is tried and how long to wait between
 * tries. A job's payload carries ids only; the handler reloads what it needs and does nothing if the
 * state moved on. Start-up fails when a job listed here has no handler.
 */
export const JOB_QUEUE = 'bastide-outbox';

export interface JobOptions {
  /** Tries before the message is marked failed and left for an officer to retry. */
  attempts: number;
  /** First wait after a failure; each next wait doubles. */
  backoffMs: number;
}

export const JOB_CATALOGUE = {
  /** The welcome mail after sign-up, with the link that confirms the address. Payload `{ linkId }`. */
  'identity.welcome': { attempts: 8, backoffMs: 30_000 },
  /** The password-reset link. Payload `{ linkId }`. */
  'identity.password-reset': { attempts: 5, backoffMs: 15_000 },
  /** The link that confirms a new e-mail address, sent to that address. Payload `{ linkId }`. */
  'identity.email-change': { attempts: 8, backoffMs: 30_000 },
  /** The booking's confirmation, in the member's language. Payload `{ bookingId }`; skipped once cancelled. */
  'booking.confirmed': { attempts: 8, backoffMs: 30_000 },
  /**
   * The member's booking was cancelled (by a host, an officer, a closed day or themselves), with the calendar
   * CANCEL of the confirmation's invitation. Payload `{ bookingId }`.
   */
  'booking.cancelled': { attempts: 8, backoffMs: 30_000 },
  /**
   * The reminder the evening before, due at 18:00 in the site's zone on the day before the booking's local date.
   * Payload `{ bookingId }`; skipped unless the booking is still confirmed.
   */
  'booking.reminder': { attempts: 5, backoffMs: 60_000 },
  /**
   * A place was freed (cancelled, released as a no-show): book it for the first in that day's waitlist lines.
   * Payload `{ bookingId }` of the freed booking; skipped while it still holds its place.
   */
  'waitlist.promote': { attempts: 10, backoffMs: 5_000 },
  /** The member was booked from the waitlist, in their language. Payload `{ bookingId }`; skipped once cancelled. */
  'booking.waitlist-promoted': { attempts: 8, backoffMs: 30_000 },
  /**
   * A site requiring check-in reached a release time: its day's bookings not checked in become no-shows and
   * free their places. Payload `{ siteId, date }`; due at the release time, one per site, day and time.
   */
  'booking.no-show-release': { attempts: 10, backoffMs: 10_000 },
  /**
   * The member's booking was released as a no-show (not checked in by the release time), in their language, with
   * how to check in next time. Payload `{ bookingId }`; skipped unless the booking is still a no-show.
   */
  'booking.no-show-released': { attempts: 8, backoffMs: 30_000 },
  /** An event was cancelled: each registrant is told. Payload `{ registrationId }`; skipped if they had left. */
  'event.cancelled': { attempts: 8, backoffMs: 30_000 },
  /**
   * An event moved in time or place: each registrant is told. Payload `{ registrationId, revision }`; skipped
   * when a newer change (revision) or a cancellation came after.
   */
  'event.changed': { attempts: 8, backoffMs: 30_000 },
  /** A place freed and went to the first in line. Payload `{ registrationId }`; skipped if they left meanwhile. */
  'event.promoted': { attempts: 8, backoffMs: 30_000 },
  /**
   * The member's registration took a place: confirmation with the event's calendar invitation (REQUEST).
   * Payload `{ registrationId }`; skipped unless still registered and the event still published.
   */
  'event.registered': { attempts: 8, backoffMs: 30_000 },
  /**
   * The member's registration went to the waiting line: told so, with their position. Payload
   * `{ registrationId }`; skipped unless still waitlisted (a promotion sends `event.promoted`).
   */
  'event.waitlisted': { attempts: 8, backoffMs: 30_000 },
  /**
   * The reminder 24 hours before, due at the same wall-clock time the day before in the event's zone.
   * Payload `{ registrationId, revision }`; skipped unless still registered, the event still published and
   * not moved since (a move schedules a new reminder under the new revision).
   */
  'event.reminder': { attempts: 5, backoffMs: 60_000 },
  /**
   * One member's copy of a site's announcement, in their language, with a one-click unsubscribe. Payload
   * `{ announcementId, userId }`; skipped once they unsubscribed (from the site or all community mail) or erased.
   */
  'community.announcement': { attempts: 8, backoffMs: 30_000 },
  /**
   * A host's sheet of tomorrow at one of their sites (bookings, events, closed or not), written at 07:00 Paris
   * by the recurring task `host.daily-sheets`. Payload `{ siteId, hostId, date }` (the local date described);
   * skipped when that day holds nothing, or the host no longer hosts the published site.
   */
  'host.daily-sheet': { attempts: 5, backoffMs: 60_000 },
  /**
   * An officer's summary of the previous month (the network's figures, the change from the month before, the
   * CSVs attached), written on the 1st at 06:00 Paris by the recurring task `reporting.monthly-summary`.
   * Payload `{ userId, month }` (the month summed up, `2026-11`); skipped once no longer an officer, or erased.
   */
  'reporting.monthly-summary': { attempts: 5, backoffMs: 5 * 60_000 },
  /**
   * The acknowledgement of the Soho Solo intake form, to the newcomer (who has no account), in the language of
   * the form. Payload `{ newcomerId }`; skipped once the file is anonymised.
   */
  'newcomer.acknowledgement': { attempts: 8, backoffMs: 30_000 },
  /**
   * The officer in charge of a newcomer's file is reminded of its next action, due at 08:00 Paris on the action's
   * date. Payload `{ newcomerId, officerId, date }`; skipped unless the file still has that date and that officer
   * (a change schedules a new reminder under a new key), or once anonymised or the officer is no longer one.
   */
  'newcomer.next-action-reminder': { attempts: 5, backoffMs: 60_000 },
  /**
   * An officer offered a newcomer a trial day: the invitation, in the file's language, with the single-use link
   * made when it is sent. Payload `{ trialDayId }`; skipped once withdrawn, accepted, expired or anonymised.
   */
  'newcomer.trial-day-invitation': { attempts: 8, backoffMs: 30_000 },
} as const satisfies Record<string, JobOptions>;

export type JobKind = keyof typeof JOB_CATALOGUE;

export const JOB_KINDS = Object.keys(JOB_CATALOGUE) as JobKind[];

export function isJobKind(name: string): name is JobKind {
  return Object.prototype.hasOwnProperty.call(JOB_CATALOGUE, name);
}

/** Exponential backoff: 30 s, 1 min, 2 min, ... capped at 6 h; `scale` is `JOB_BACKOFF_SCALE` (1 but in tests). */
export function backoffDelayMs(kind: JobKind, attemptsMade: number, scale = 1): number {
  const base = JOB_CATALOGUE[kind].backoffMs * scale;
  return Math.min(base * 2 ** Math.max(0, attemptsMade - 1), 6 * 3600_000);
}

/**
 * BullMQ refuses `:` in custom ids and silently ignores an add while a job with the same id is kept:
 * outbox keys are built from kinds and uuids with `-` only.
 */
export function queueJobId(outboxKey: string): string {
  return outboxKey.replace(/[^A-Za-z0-9_-]/g, '-');
}
