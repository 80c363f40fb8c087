import { Routes } from '@angular/router';
import { HomePage } from './home/home-page';

export const publicRoutes: Routes = [{ path: '', pathMatch: 'full', component: HomePage, title: 'home.pageTitle' }];
