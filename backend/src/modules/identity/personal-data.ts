import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';

/**
 * A module that keeps data about a person says so with `@HoldsPersonalData('bookings')`: the GDPR export
 * gathers every holder's section, and erasure asks every holder to forget the person in one transaction
 * (a booking module cancels future bookings and keeps past ones only as anonymous figures).
 */
export interface PersonalDataHolder {
  exportFor(userId: string): Promise<unknown>;
  eraseFor(manager: EntityManager, userId: string): Promise<void>;
}

export const HoldsPersonalData = DiscoveryService.createDecorator<string>();
