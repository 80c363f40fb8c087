import { Routes } from '@angular/router';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslatedPaginatorIntl } from './translated-paginator-intl';
import { NetworkSitesPage } from './sites/network-sites-page';

export const adminRoutes: Routes = [
  {
    path: '',
    providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
    children: [
      { path: '', pathMatch: 'full', component: NetworkSitesPage, title: 'admin.pageTitle' },
      {
        path: 'lieux/nouveau',
        title: 'admin.createSite.pageTitle',
        loadComponent: () => import('./sites/create-site-page').then((m) => m.CreateSitePage),
      },
      {
        path: 'lieux/:siteId',
        title: 'admin.site.pageTitle',
        loadComponent: () => import('./sites/network-site-page').then((m) => m.NetworkSitePage),
      },
      {
        path: 'comptes',
        title: 'admin.users.pageTitle',
        loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
      },
      {
        path: 'journal',
        title: 'admin.audit.pageTitle',
        loadComponent: () => import('./audit/audit-log-page').then((m) => m.AuditLogPage),
      },
    ],
  },
];
