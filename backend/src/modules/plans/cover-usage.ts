import type { EntityManager } from 'typeorm';
import type { Cover } from './cover';

/**
 * How many days a member's active bookings already take from a cover in its period. Bookings are the
 * booking module's, which provides this (its module is global): the plans module reads no booking table,
 * and the booking module imports this one for `CoverResolver`, so neither imports the other twice.
 */
export abstract class CoverUsage {
  abstract daysUsed(manager: EntityManager, userId: string, cover: Cover): Promise<number>;
}
