import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAX_PAGE_SIZE, type Page } from '../../common/pagination/page';
import { InvalidInput } from '../../common/problem/domain-error';
import { searchKey, searchKeySql } from '../../common/text/search-key';
import type { Locale } from './entities/user.entity';

/** How an account is named to the people who work with it. */
export interface PersonCard {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
}

/** A network officer as the mails of their duty address them (the monthly summary). */
export interface OfficerContact {
  id: string;
  firstName: string;
  email: string;
  locale: Locale;
}

/** A search for accounts by name or e-mail address, as `PeopleDirectory.search` takes it. */
export interface PeopleSearch {
  /** Words of a name or an e-mail address, compared without case or accents; an address in full also finds. */
  q: string;
  /**
   * Only these accounts are found by their words (a site's members); undefined for every account. The
   * account whose address is `q` exactly is found all the same.
   */
  among?: readonly string[];
  limit: number;
  offset: number;
}

/** Fewer would name most of the network. */
export const SEARCH_MIN_LENGTH = 2;

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

  /**
   * The accounts whose name or e-mail address holds every word of `q` (case and accents ignored), by last
   * name, among `among` when given; and the account whose e-mail address is `q`, wherever it is (a
   * newcomer on the phone gives their address). 400 when `q` has fewer than two characters that count.
   */
  async search(search: PeopleSearch): Promise<Page<PersonCard>> {
    const key = searchKey(search.q.normalize('NFC'));
    if (key.length < SEARCH_MIN_LENGTH) {
      throw new InvalidInput([
        { field: 'q', message: `q must have at least ${SEARCH_MIN_LENGTH} characters besides spaces and hyphens` },
      ]);
    }
    const patterns = key
      .split(' ')
      .slice(0, 8)
      .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const params: unknown[] = [search.q.trim().toLowerCase(), search.among ? [...search.among] : null, ...patterns];
    const words = patterns.map(
      (_, i) => `${searchKeySql("concat_ws(' ', first_name, last_name, email)")} LIKE $${i + 3}`,
    );
    const where = `WHERE email = $1 OR (($2::uuid[] IS NULL OR id = ANY($2::uuid[])) AND ${words.join(' AND ')})`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM users ${where}`,
      params,
    );
    const rows: { id: string; first_name: string; last_name: string; email: string }[] = total
      ? await this.dataSource.query(
          `SELECT id, first_name, last_name, email FROM users ${where}
           ORDER BY lower(last_name), lower(first_name), id
           LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
          [...params, search.limit, search.offset],
        )
      : [];
    return {
      total,
      items: rows.map((row) => ({ id: row.id, firstName: row.first_name, lastName: row.last_name, email: row.email })),
    };
  }

  /** The account of an e-mail address (compared without case), or undefined when none has it. */
  async findByEmail(email: string): Promise<PersonCard | undefined> {
    const [row]: { id: string; first_name: string; last_name: string; email: string }[] = await this.dataSource.query(
      `SELECT id, first_name, last_name, email FROM users WHERE email = $1`,
      [email.trim().toLowerCase()],
    );
    return row && { id: row.id, firstName: row.first_name, lastName: row.last_name, email: row.email };
  }

  /**
   * The network officers (role admin), or only `userId` among them: someone no longer an officer, or erased
   * (their row is gone), is absent. Officers are a handful, so the whole list is one query.
   */
  async officers(userId?: string): Promise<OfficerContact[]> {
    const rows: { id: string; first_name: string; email: string; locale: Locale }[] = await this.dataSource.query(
      `SELECT id, first_name, email, locale FROM users
       WHERE role = 'admin' AND ($1::uuid IS NULL OR id = $1::uuid) ORDER BY id`,
      [userId ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      firstName: row.first_name,
      email: row.email,
      locale: row.locale === 'en' ? 'en' : 'fr',
    }));
  }
}
