import { EventView, RegistrationView } from '../core/api/events.types';
import { givenSite } from './site-samples';

const AUCH = givenSite();

/** Wednesday 2 December 2026, 18:30 to 20:00 at the Auch site: a published workshop with 2 places. */
export function givenEvent(overrides: Partial<EventView> = {}): EventView {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    status: 'published',
    title: 'Atelier fibre et visio',
    description: 'Régler sa **box**.',
    descriptionHtml: '<p>Régler sa <strong>box</strong>.</p>',
    category: 'workshop',
    visibility: 'public',
    siteId: AUCH.id,
    siteName: AUCH.name,
    siteSlug: AUCH.slug,
    communeName: 'Auch',
    epciCode: AUCH.epciCode,
    epciName: AUCH.epciName,
    roomId: null,
    roomName: null,
    onlineUrl: null,
    start: '2026-12-02T18:30:00+01:00',
    end: '2026-12-02T20:00:00+01:00',
    timezone: 'Europe/Paris',
    capacity: 2,
    registeredCount: 0,
    waitlistCount: 0,
    placesLeft: 2,
    registrationDeadline: '2026-12-02T18:30:00+01:00',
    registrationDeadlineSet: false,
    registrationOpen: true,
    seriesId: null,
    createdBy: '6f1c2a4e-1d2b-4c5e-9f00-0000000000aa',
    createdAt: '2026-11-30T10:00:00+01:00',
    updatedAt: '2026-11-30T10:00:00+01:00',
    publishedAt: '2026-11-30T10:05:00+01:00',
    cancelledAt: null,
    myRegistration: null,
    manageable: false,
    ...overrides,
  };
}

export function givenRegistration(overrides: Partial<RegistrationView> = {}): RegistrationView {
  return {
    id: 'f0000000-0000-4000-8000-000000000001',
    userId: '6f1c2a4e-1d2b-4c5e-9f00-000000000002',
    firstName: 'Julien',
    lastName: 'Baylac',
    status: 'registered',
    registeredAt: '2026-11-30T11:00:00+01:00',
    promotedAt: null,
    attendedAt: null,
    ...overrides,
  };
}
