import { Routes } from '@angular/router';
import { ACCESS_DENIED_PATH, roleGuard, signedInGuard } from './core/auth/auth.guards';

/** One lazy route tree per area, so a visitor of the public pages never downloads the officers' screens. */
export const routes: Routes = [
  { path: '', loadChildren: () => import('./public/public.routes').then((m) => m.publicRoutes) },
  {
    path: 'mon-espace',
    canActivate: [signedInGuard],
    loadChildren: () => import('./member/member.routes').then((m) => m.memberRoutes),
  },
  {
    path: 'hote',
    canActivate: [roleGuard('host', 'admin')],
    loadChildren: () => import('./host/host.routes').then((m) => m.hostRoutes),
  },
  {
    path: 'reseau',
    canActivate: [roleGuard('admin')],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: ACCESS_DENIED_PATH.slice(1),
    title: 'accessDenied.pageTitle',
    loadComponent: () => import('./access-denied/access-denied-page').then((m) => m.AccessDeniedPage),
  },
  {
    path: '**',
    title: 'notFound.pageTitle',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
