import { Routes } from '@angular/router';
import { MemberHomePage } from './member-home-page';

export const memberRoutes: Routes = [
  { path: '', pathMatch: 'full', component: MemberHomePage, title: 'member.pageTitle' },
  {
    path: 'profil',
    title: 'profile.pageTitle',
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
];
