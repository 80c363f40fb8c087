import { Routes } from '@angular/router';

/** The pages that the links mailed by Bastide open, and the request for a new password. Public. */
export const accountRoutes: Routes = [
  {
    path: 'verifier-email',
    title: 'verifyEmail.pageTitle',
    loadComponent: () => import('./verify-email-page').then((m) => m.VerifyEmailPage),
  },
  {
    path: 'mot-de-passe-oublie',
    title: 'forgotPassword.pageTitle',
    loadComponent: () => import('./forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'nouveau-mot-de-passe',
    title: 'resetPassword.pageTitle',
    loadComponent: () => import('./reset-password-page').then((m) => m.ResetPasswordPage),
  },
];
