import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The account just opened, as the listeners are told of it. */
export interface OpenedAccount {
  userId: string;
  /** Lower case, as stored. */
  email: string;
}

/**
 * Told of a new member account inside the sign-up's transaction, so that what other modules attach to it
 * (a newcomer's file linked to it) commits with the account or not at all. Identity cannot import the modules
 * that care (they depend on it): they provide a listener and register it in `AccountCreatedListeners`.
 */
export abstract class AccountCreatedListener {
  abstract accountCreated(manager: EntityManager, account: OpenedAccount): Promise<void>;
}

/** The listeners registered by other modules, each called in the sign-up's transaction. */
@Injectable()
export class AccountCreatedListeners {
  private readonly listeners: AccountCreatedListener[] = [];

  register(listener: AccountCreatedListener): void {
    this.listeners.push(listener);
  }

  async accountCreated(manager: EntityManager, account: OpenedAccount): Promise<void> {
    for (const listener of this.listeners) await listener.accountCreated(manager, account);
  }
}
