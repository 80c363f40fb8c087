import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAX_PAGE_SIZE } from '../../common/pagination/page';

/** How an account is named to the people who work with it. */
export interface PersonCard {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

/**
 * Names of accounts, for other modules that hold user ids (the hosts of a site, ...): identity owns the
 * `users` table, so they ask here instead of reading it. Exported by the (global) identity module.
 */
@Injectable()
export class PeopleDirectory {
  constructor(private readonly dataSource: DataSource) {}

  /** The cards of the accounts that still exist among `ids`, by id; erased accounts are simply absent. */
  async cards(ids: readonly string[]): Promise<Map<string, PersonCard>> {
    const wanted = [...new Set(ids)];
    if (!wanted.length) return new Map();
    // Callers name the people of one page of a list, never a whole table.
    if (wanted.length > MAX_PAGE_SIZE) throw new RangeError(`PeopleDirectory.cards takes at most ${MAX_PAGE_SIZE} ids`);
    const rows: { id: string; first_name: string; last_name: string; email: string }[] = await this.dataSource.query(
      `SELECT id, first_name, last_name, email FROM users WHERE id = ANY($1::uuid[])`,
      [wanted],
    );
    return new Map(
      rows.map((row) => [row.id, { id: row.id, firstName: row.first_name, lastName: row.last_name, email: row.email }]),
    );
  }
}
