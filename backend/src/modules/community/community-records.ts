import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { searchKey } from '../../common/text/search-key';
import type { DirectorySiteView } from './dto/directory.dto';

/** Where the network's own times are told (a member's unsubscriptions belong to no site). */
export const NETWORK_ZONE = 'Europe/Paris';

/**
 * The names of published sites among `ids`, in the order given. A documented read-only exception to
 * "modules own their tables", as in the events agenda: the sites module exports no lookup of names, and
 * one query beats one call per site.
 */
export async function publishedSiteNames(manager: EntityManager, ids: readonly string[]): Promise<DirectorySiteView[]> {
  if (!ids.length) return [];
  const rows: DirectorySiteView[] = await manager.query(
    `SELECT id, name FROM sites WHERE id = ANY($1::uuid[]) AND status = 'published'`,
    [ids.map((id) => id.toLowerCase())],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id.toLowerCase())).filter((site): site is DirectorySiteView => !!site);
}

/** The words of a search, each as `searchKey` writes it and ready for a LIKE (its wildcards escaped). */
export function likePatterns(q: string | undefined): string[] {
  if (!q) return [];
  return searchKey(q)
    .split(' ')
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** An instant as the API writes it, in the network's zone. */
export function networkInstant(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: NETWORK_ZONE }).toISO({ suppressMilliseconds: true })!;
}
