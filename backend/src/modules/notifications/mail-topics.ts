/**
 * The e-mails a member may turn off in their notification preferences. Everything else is always sent:
 * account links, a cancellation made by someone else, a place given from a waiting line, an event that
 * changed or was cancelled, a no-show release — mails about something the member did not do themselves.
 * Community announcements have their own one-click unsubscribe (community module).
 */
export const MAIL_TOPICS = [
  /** Confirmation of a booking the member made, with its calendar invitation. */
  'booking-confirmations',
  /** The reminder at 18:00 the evening before a booking. */
  'booking-reminders',
  /** Confirmation of an event registration or of a place in its waiting line. */
  'event-registrations',
  /** The reminder 24 hours before an event. */
  'event-reminders',
  /** A host's sheet of tomorrow's bookings and events, at 07:00. */
  'host-daily-sheet',
] as const;

export type MailTopic = (typeof MAIL_TOPICS)[number];
