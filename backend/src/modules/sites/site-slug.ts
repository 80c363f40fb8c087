import { searchKey } from '../../common/text/search-key';

/** Lower-case words joined by hyphens; the database checks the same form (`sites_slug_format_check`). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const NOT_A_UUID = /^(?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)/i;

/** Sites are addressed by id or by slug in one path segment, so a slug must never read as an id. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The slug a new site gets from its name: "Tiers-lieu d'Auch" → `tiers-lieu-d-auch`. It is computed once,
 * at creation, so that links keep working when the name changes; only an admin edits it afterwards.
 */
export function slugFromName(name: string): string {
  const words = searchKey(name)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const slug = words.slice(0, SLUG_MAX_LENGTH - 4).replace(/-+$/, '') || 'site';
  return isUuid(slug) ? `site-${slug}` : slug;
}

/** `auch`, then `auch-2`, `auch-3`…: the first of these not in `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
}
