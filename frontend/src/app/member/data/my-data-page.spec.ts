import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { REFRESH_TOKEN_STORAGE_KEY, Session } from '../../core/auth/session';
import { givenAuthResponse } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('MyDataPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        // The dialog closes at once, as for readers who asked for reduced motion.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(givenAuthResponse());
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/mon-espace/donnees');
    const page = harness.routeNativeElement as HTMLElement;
    const settle = () => harness.fixture.whenStable();
    const button = (name: string, within: ParentNode = document) =>
      [...within.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name) as
        HTMLButtonElement | undefined;
    const openDialog = async () => {
      button('Supprimer mon compte…', page)?.click();
      await settle();
      const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
      const email = dialog.querySelector('input') as HTMLInputElement;
      const type = (value: string) => {
        email.value = value;
        email.dispatchEvent(new Event('input'));
      };
      return { dialog, email, type };
    };
    return { harness, page, settle, button, openDialog };
  }

  describe('deleting the account', () => {
    it('asks for the e-mail address in a modal dialog, and sends nothing while it is not the right one', async () => {
      const { settle, button, openDialog } = await open();
      const { dialog, type } = await openDialog();

      expect(dialog.getAttribute('role')).toBe('dialog');
      expect(dialog.getAttribute('aria-modal')).toBe('true');
      expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Supprimer votre compte ?');
      expect(dialog.querySelector('mat-dialog-content p')?.textContent).toContain('camille.martin@example.fr');

      button('Supprimer définitivement', dialog)?.click();
      await settle();
      expect(dialog.textContent).toContain('Saisissez votre adresse électronique pour confirmer.');

      type('quelqu.un@example.fr');
      button('Supprimer définitivement', dialog)?.click();
      await settle();
      expect(dialog.textContent).toContain("Ce n'est pas l'adresse de votre compte.");
      http.expectNone({ method: 'DELETE', url: '/api/v1/me' });
      expect(TestBed.inject(Session).signedIn()).toBe(true);
    });

    it('erases the account once confirmed, then signs out and goes home with a word of goodbye', async () => {
      const { settle, button, openDialog } = await open();
      const { dialog, type } = await openDialog();

      type(' Camille.Martin@Example.fr ');
      button('Supprimer définitivement', dialog)?.click();
      http.expectOne({ method: 'DELETE', url: '/api/v1/me' }).flush(null, { status: 204, statusText: 'No Content' });
      // The home page asks for its territory data: empty answers are enough here.
      for (let tries = 0; tries < 50 && TestBed.inject(Router).url !== '/'; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      http.match(() => true).forEach((request) => request.flush({ items: [], total: 0 }));
      await settle();

      expect(TestBed.inject(Session).signedIn()).toBe(false);
      expect(localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBeNull();
      expect(TestBed.inject(Router).url).toBe('/');
      expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain(
        "Votre compte est supprimé. Merci d'avoir utilisé Bastide",
      );
    });

    it('keeps the account and says nothing happened when the dialog is cancelled', async () => {
      const { settle, button, openDialog } = await open();
      const { dialog } = await openDialog();

      button('Annuler', dialog)?.click();
      await settle();

      http.expectNone({ method: 'DELETE', url: '/api/v1/me' });
      expect(TestBed.inject(Session).signedIn()).toBe(true);
      expect(TestBed.inject(Router).url).toBe('/mon-espace/donnees');
    });

    it('shows the refusal in the dialog and keeps the session', async () => {
      const { settle, button, openDialog } = await open();
      const { dialog, type } = await openDialog();

      type('camille.martin@example.fr');
      button('Supprimer définitivement', dialog)?.click();
      http
        .expectOne({ method: 'DELETE', url: '/api/v1/me' })
        .flush(
          { title: 'Service Unavailable', status: 503, detail: 'Réessayez dans un instant.' },
          { status: 503, statusText: 'Service Unavailable', headers: { 'Content-Type': 'application/problem+json' } },
        );
      await settle();

      expect(dialog.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Réessayez dans un instant.');
      expect(TestBed.inject(Session).signedIn()).toBe(true);
    });
  });

  it('offers everything held as mes-donnees-bastide.json', async () => {
    const { page, settle, button } = await open();
    const createObjectURL = jest.fn(() => 'blob:export');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const downloads: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });

    button('Télécharger mes données', page)?.click();
    http.expectOne({ method: 'GET', url: '/api/v1/me/export' }).flush({ user: { email: 'camille.martin@example.fr' } });
    await settle();
    click.mockRestore();

    expect(downloads).toEqual(['mes-donnees-bastide.json']);
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Le fichier mes-donnees-bastide.json est téléchargé.',
    );
  });
});
