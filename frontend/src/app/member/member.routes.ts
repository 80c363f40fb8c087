import { Routes } from '@angular/router';
import { MemberHomePage } from './member-home-page';

export const memberRoutes: Routes = [
  { path: '', pathMatch: 'full', component: MemberHomePage, title: 'member.pageTitle' },
  {
    path: 'profil',
    title: 'profile.pageTitle',
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
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
