import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths.
export type EventView = components['schemas']['EventView'];
export type EventPage = components['schemas']['EventPage'];
export type CreateEventRequest = components['schemas']['CreateEventRequest'];
export type EventChange = components['schemas']['UpdateEventRequest'];
export type DuplicateEventRequest = components['schemas']['DuplicateEventRequest'];
export type RegistrationResult = components['schemas']['RegistrationResult'];
export type RegistrationView = components['schemas']['RegistrationView'];
export type RegistrationPage = components['schemas']['RegistrationPage'];
export type OwnRegistration = components['schemas']['OwnRegistrationView'];
export type MyRegistration = components['schemas']['MyRegistrationView'];
export type MyRegistrationPage = components['schemas']['MyRegistrationPage'];
export type CreateEventSeriesRequest = components['schemas']['CreateEventSeriesRequest'];
export type EventSeriesCreated = components['schemas']['EventSeriesCreated'];
export type EventSeriesConflict = components['schemas']['EventSeriesConflictView'];
export type EventCategory = EventView['category'];
export type EventVisibility = EventView['visibility'];
export type EventStatus = EventView['status'];

/**
 * The categories in the order the filters and the editor offer them. `Record` makes the compiler fail
 * when the backend adds or removes one, so the choices and their translations cannot fall behind.
 */
const CATEGORY_ORDER: Record<EventCategory, number> = {
  telework_cafe: 0,
  workshop: 1,
  afterwork: 2,
  training: 3,
  talk: 4,
  open_day: 5,
  other: 6,
};
export const EVENT_CATEGORIES = (Object.keys(CATEGORY_ORDER) as EventCategory[]).sort(
  (a, b) => CATEGORY_ORDER[a] - CATEGORY_ORDER[b],
);

export const EVENT_STATUSES: readonly EventStatus[] = ['draft', 'published', 'cancelled'];
