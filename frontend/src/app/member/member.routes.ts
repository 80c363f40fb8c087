import { Routes } from '@angular/router';
import { MemberHomePage } from './member-home-page';

export const memberRoutes: Routes = [
  { path: '', pathMatch: 'full', component: MemberHomePage, title: 'member.pageTitle' },
  {
    path: 'reserver',
    title: 'booking.find.pageTitle',
    loadComponent: () => import('./booking/find-place-page').then((m) => m.FindPlacePage),
  },
  {
    path: 'reserver/salles/:siteId',
    title: 'roomTimeline.pageTitle',
    loadComponent: () => import('./booking/room-timeline-page').then((m) => m.RoomTimelinePage),
  },
  {
    path: 'reservations',
    title: 'myBookings.pageTitle',
    loadComponent: () => import('./bookings/my-bookings-page').then((m) => m.MyBookingsPage),
  },
  {
    path: 'evenements',
    title: 'myEvents.pageTitle',
    loadComponent: () => import('./events/my-events-page').then((m) => m.MyEventsPage),
  },
  {
    path: 'agenda',
    title: 'calendarFeed.pageTitle',
    loadComponent: () => import('./calendar/calendar-feed-page').then((m) => m.CalendarFeedPage),
  },
  {
    path: 'annuaire',
    title: 'directory.pageTitle',
    loadComponent: () => import('./directory/directory-page').then((m) => m.DirectoryPage),
  },
  {
    path: 'annuaire/profil',
    title: 'directoryProfile.pageTitle',
    loadComponent: () => import('./directory/directory-profile-page').then((m) => m.DirectoryProfilePage),
  },
  {
    path: 'profil',
    title: 'profile.pageTitle',
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
  {
    path: 'notifications',
    title: 'notifications.pageTitle',
    loadComponent: () =>
      import('./notifications/notification-preferences-page').then((m) => m.NotificationPreferencesPage),
  },
  {
    path: 'securite',
    title: 'security.pageTitle',
    loadComponent: () => import('./security/security-page').then((m) => m.SecurityPage),
  },
  {
    path: 'donnees',
    title: 'myData.pageTitle',
    loadComponent: () => import('./data/my-data-page').then((m) => m.MyDataPage),
  },
];
