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
        path: 'organisations',
        title: 'admin.organizations.pageTitle',
        loadComponent: () => import('./organizations/organizations-page').then((m) => m.OrganizationsPage),
      },
      {
        path: 'organisations/:organizationId',
        title: 'admin.organization.pageTitle',
        loadComponent: () => import('./organizations/organization-page').then((m) => m.OrganizationPage),
      },
      {
        path: 'forfaits',
        title: 'admin.plans.pageTitle',
        loadComponent: () => import('./plans/plans-page').then((m) => m.PlansPage),
      },
      {
        path: 'tableau-de-bord',
        title: 'reports.pageTitle',
        data: { area: 'network' },
        loadComponent: () => import('../shared/reports/reports-dashboard-page').then((m) => m.ReportsDashboardPage),
      },
      {
        path: 'nouveaux-arrivants',
        title: 'newcomers.admin.pageTitle',
        loadComponent: () => import('./newcomers/newcomers-page').then((m) => m.NewcomersPage),
      },
      {
        path: 'nouveaux-arrivants/:newcomerId',
        title: 'newcomers.file.pageTitle',
        loadComponent: () => import('./newcomers/newcomer-file-page').then((m) => m.NewcomerFilePage),
      },
      {
        path: 'villages-d-accueil',
        title: 'welcomeVillages.admin.pageTitle',
        loadComponent: () => import('./welcome-villages/welcome-villages-page').then((m) => m.WelcomeVillagesPage),
      },
      {
        path: 'journal',
        title: 'admin.audit.pageTitle',
        loadComponent: () => import('./audit/audit-log-page').then((m) => m.AuditLogPage),
      },
      {
        path: 'envois',
        title: 'admin.jobs.pageTitle',
        loadComponent: () => import('./jobs/jobs-page').then((m) => m.JobsPage),
      },
    ],
  },
];
