import { Routes } from '@angular/router';
import { HomePage } from './home/home-page';

export const publicRoutes: Routes = [
  { path: '', pathMatch: 'full', component: HomePage, title: 'home.pageTitle' },
  {
    path: 'connexion',
    title: 'login.pageTitle',
    loadComponent: () => import('./account/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'inscription',
    title: 'signup.pageTitle',
    loadComponent: () => import('./account/signup-page').then((m) => m.SignupPage),
  },
  {
    path: 'compte',
    loadChildren: () => import('./account/account.routes').then((m) => m.accountRoutes),
  },
  {
    path: 'lieux',
    title: 'sites.pageTitle',
    // The map's Leaflet comes with this page only, not with the rest of the public area.
    loadComponent: () => import('./sites/site-directory-page').then((m) => m.SiteDirectoryPage),
  },
  {
    // The links of community mails lead here; no sign-in needed.
    path: 'desabonnement/:token',
    title: 'unsubscribe.pageTitle',
    loadComponent: () => import('./unsubscribe/unsubscribe-page').then((m) => m.UnsubscribePage),
  },
  {
    // The link of a newcomer's trial-day invitation mail; no sign-in needed to open it.
    path: 'journee-essai/:token',
    title: 'trialDay.pageTitle',
    loadComponent: () => import('./trial-day/trial-day-page').then((m) => m.TrialDayPage),
  },
  {
    path: 's-installer',
    title: 'newcomers.public.pageTitle',
    loadComponent: () => import('./newcomers/move-to-gers-page').then((m) => m.MoveToGersPage),
  },
  {
    path: 'villages-d-accueil',
    title: 'welcomeVillages.public.pageTitle',
    // Leaflet comes with this page only, as with the sites' directory.
    loadComponent: () => import('./welcome-villages/welcome-villages-page').then((m) => m.WelcomeVillagesPage),
  },
  {
    path: 'agenda',
    title: 'agenda.pageTitle',
    loadComponent: () => import('./agenda/agenda-page').then((m) => m.AgendaPage),
  },
  {
    path: 'agenda/:eventId',
    title: 'event.pageTitle',
    loadComponent: () => import('./agenda/event-page').then((m) => m.EventPage),
  },
  // The documents a French public service owes its users, linked from the footer of every page.
  {
    path: 'accessibilite',
    title: 'legal.accessibility.pageTitle',
    data: { legalPage: 'accessibility' },
    loadComponent: () => import('./legal/legal-page').then((m) => m.LegalPage),
  },
  {
    path: 'confidentialite',
    title: 'legal.privacy.pageTitle',
    data: { legalPage: 'privacy' },
    loadComponent: () => import('./legal/legal-page').then((m) => m.LegalPage),
  },
  {
    path: 'mentions-legales',
    title: 'legal.legalNotice.pageTitle',
    data: { legalPage: 'legal-notice' },
    loadComponent: () => import('./legal/legal-page').then((m) => m.LegalPage),
  },
  {
    path: 'lieux/:slug',
    title: 'site.pageTitle',
    loadComponent: () => import('./sites/site-page').then((m) => m.SitePage),
  },
];
