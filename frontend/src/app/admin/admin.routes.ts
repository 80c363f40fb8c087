import { Routes } from '@angular/router';
import { NetworkHomePage } from './network-home-page';

export const adminRoutes: Routes = [
  { path: '', pathMatch: 'full', component: NetworkHomePage, title: 'network.pageTitle' },
];
