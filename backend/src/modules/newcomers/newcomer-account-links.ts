import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { AccountCreatedListener, AccountCreatedListeners, type OpenedAccount } from '../identity/account-created';
import { linkFileToAccount } from './newcomer-timeline';

/**
 * Someone signs up as a member with the address of a newcomer's file: the file (every one of that address
 * still kept, not anonymised, and linked to no account yet) links to the account, in the sign-up's
 * transaction, and its timeline says so. Identity tells of the sign-up through `AccountCreatedListeners`;
 * it never reads the newcomers' tables.
 */
@Injectable()
export class NewcomerAccountLinks extends AccountCreatedListener implements OnModuleInit {
  constructor(
    private readonly listeners: AccountCreatedListeners,
    private readonly clock: Clock,
  ) {
    super();
  }

  onModuleInit(): void {
    this.listeners.register(this);
  }

  async accountCreated(manager: EntityManager, account: OpenedAccount): Promise<void> {
    const files: { id: string }[] = await manager.query(
      `SELECT id FROM newcomers WHERE email = $1 AND anonymised_at IS NULL AND user_id IS NULL ORDER BY created_at
       FOR UPDATE`,
      [account.email],
    );
    const now = this.clock.now();
    for (const file of files) await linkFileToAccount(manager, file.id, account.userId, now, 'sign_up');
  }
}
