import { Routes } from '@angular/router';

/** One lazy route tree per area, so a visitor of the public pages never downloads the officers' screens. */
export const routes: Routes = [
  { path: '', loadChildren: () => import('./public/public.routes').then((m) => m.publicRoutes) },
  { path: 'mon-espace', loadChildren: () => import('./member/member.routes').then((m) => m.memberRoutes) },
  { path: 'hote', loadChildren: () => import('./host/host.routes').then((m) => m.hostRoutes) },
  { path: 'reseau', loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes) },
  {
    path: '**',
    title: 'notFound.pageTitle',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
