import { Routes } from '@angular/router';
import { HostSitesPage } from './sites/host-sites-page';

export const hostRoutes: Routes = [
  { path: '', pathMatch: 'full', component: HostSitesPage, title: 'host.pageTitle' },
  {
    path: 'lieux/:siteId',
    title: 'host.site.pageTitle',
    loadComponent: () => import('./sites/host-site-page').then((m) => m.HostSitePage),
  },
];
