import { Routes } from '@angular/router';
import { HostSitesPage } from './sites/host-sites-page';

export const hostRoutes: Routes = [
  { path: '', pathMatch: 'full', component: HostSitesPage, title: 'host.pageTitle' },
  {
    path: 'lieux/:siteId',
    title: 'host.site.pageTitle',
    loadComponent: () => import('./sites/host-site-page').then((m) => m.HostSitePage),
  },
  {
    path: 'lieux/:siteId/journee',
    title: 'daySheet.pageTitle',
    loadComponent: () => import('./day-sheet/day-sheet-page').then((m) => m.DaySheetPage),
  },
  {
    path: 'lieux/:siteId/semaine',
    title: 'week.pageTitle',
    loadComponent: () => import('./week/week-occupancy-page').then((m) => m.WeekOccupancyPage),
  },
  {
    path: 'lieux/:siteId/annonces',
    title: 'announcements.pageTitle',
    loadComponent: () => import('./announcements/host-announcements-page').then((m) => m.HostAnnouncementsPage),
  },
  {
    path: 'tableau-de-bord',
    title: 'reports.pageTitle',
    data: { area: 'host' },
    loadComponent: () => import('../shared/reports/reports-dashboard-page').then((m) => m.ReportsDashboardPage),
  },
  {
    path: 'evenements',
    title: 'hostEvents.pageTitle',
    loadComponent: () => import('./events/host-events-page').then((m) => m.HostEventsPage),
  },
  {
    path: 'evenements/nouveau',
    title: 'eventEditor.createPageTitle',
    loadComponent: () => import('./events/event-editor-page').then((m) => m.EventEditorPage),
  },
  {
    path: 'evenements/:eventId',
    title: 'eventEditor.pageTitle',
    loadComponent: () => import('./events/event-editor-page').then((m) => m.EventEditorPage),
  },
  {
    path: 'evenements/:eventId/inscrits',
    title: 'attendees.pageTitle',
    loadComponent: () => import('./events/event-attendees-page').then((m) => m.EventAttendeesPage),
  },
];
