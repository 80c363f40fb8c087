import { EventView, OwnRegistration } from '../../core/api/events.types';
import { pluralKey } from '../../core/i18n/plural-key';

/** A translation key and what fills it. */
export interface Words {
  key: string;
  params: Record<string, unknown>;
}

/** How full the event is: places left, or full with so many in line; nothing to say once cancelled. */
export function placesWords(event: EventView, language: string): Words | null {
  if (event.status === 'cancelled') {
    return null;
  }
  if (event.placesLeft > 0) {
    return {
      key: pluralKey('agenda.places.left', event.placesLeft, language),
      params: { count: event.placesLeft, capacity: event.capacity },
    };
  }
  return {
    key: pluralKey('agenda.places.full', event.waitlistCount, language),
    params: { count: event.waitlistCount },
  };
}

/** The reader's own registration, in words: registered, in line at a position, or attended. */
export function registrationWords(registration: OwnRegistration | null): Words | null {
  if (!registration) {
    return null;
  }
  return { key: `agenda.mine.${registration.status}`, params: { position: registration.position } };
}

/** Where it happens: the room, site and commune; "online"; or the whole network. */
export function whereWords(event: EventView): Words {
  if (event.siteName) {
    const place = [event.roomName, event.siteName, event.communeName].filter(Boolean).join(', ');
    return { key: 'agenda.where.site', params: { place } };
  }
  return { key: event.onlineUrl ? 'agenda.where.online' : 'agenda.where.network', params: {} };
}
