import { Routes } from '@angular/router';
import { HostHomePage } from './host-home-page';

export const hostRoutes: Routes = [{ path: '', pathMatch: 'full', component: HostHomePage, title: 'host.pageTitle' }];
