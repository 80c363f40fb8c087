/** The four areas of Bastide, in the order a visitor meets them; each is its own lazy route tree. */
export interface NavigationArea {
  path: string;
  labelKey: string;
  /** The home page is the prefix of every URL, so it is only "current" on an exact match. */
  exact: boolean;
}

export const NAVIGATION_AREAS: readonly NavigationArea[] = [
  { path: '/', labelKey: 'nav.home', exact: true },
  { path: '/mon-espace', labelKey: 'nav.member', exact: false },
  { path: '/hote', labelKey: 'nav.host', exact: false },
  { path: '/reseau', labelKey: 'nav.admin', exact: false },
];
