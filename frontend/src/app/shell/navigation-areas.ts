import { Role } from '../core/api/identity.types';

/** The areas of Bastide, in the order a visitor meets them; each is its own lazy route tree. */
export interface NavigationArea {
  path: string;
  labelKey: string;
  /** The home page is the prefix of every URL, so it is only "current" on an exact match. */
  exact: boolean;
  /** Shown only to these roles; absent means everyone. A link that can only be refused is noise. */
  roles?: readonly Role[];
}

export const NAVIGATION_AREAS: readonly NavigationArea[] = [
  { path: '/', labelKey: 'nav.home', exact: true },
  { path: '/lieux', labelKey: 'nav.sites', exact: false },
  { path: '/agenda', labelKey: 'nav.agenda', exact: false },
  { path: '/mon-espace/reserver', labelKey: 'nav.book', exact: false, roles: ['member', 'host', 'admin'] },
  { path: '/mon-espace/reservations', labelKey: 'nav.myBookings', exact: false, roles: ['member', 'host', 'admin'] },
  { path: '/mon-espace/evenements', labelKey: 'nav.myEvents', exact: false, roles: ['member', 'host', 'admin'] },
  { path: '/mon-espace', labelKey: 'nav.member', exact: true },
  { path: '/hote', labelKey: 'nav.host', exact: false, roles: ['host', 'admin'] },
  { path: '/hote/evenements', labelKey: 'nav.hostEvents', exact: false, roles: ['host', 'admin'] },
  { path: '/reseau', labelKey: 'nav.admin', exact: false, roles: ['admin'] },
];

/**
 * The area the path is in: the deepest one that contains it, so that "Événements" of the host's area is
 * current on `/hote/evenements/…` and "Hôte" is not marked as well. An `exact` area contains its path only.
 */
export function currentArea(areas: readonly NavigationArea[], url: string): NavigationArea | null {
  const path = url.split(/[?#;]/)[0] || '/';
  const containing = areas.filter((area) =>
    area.exact ? path === area.path : path === area.path || path.startsWith(`${area.path}/`),
  );
  return containing.sort((a, b) => b.path.length - a.path.length)[0] ?? null;
}
