import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { App } from './app';
import { routes } from './app.routes';
import { Session } from './core/auth/session';
import { givenAuthResponse, givenUser } from './testing/identity-samples';
import { provideTestTranslations } from './testing/test-translations';

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
  });

  async function renderAt(url: string) {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return { fixture, shell: fixture.nativeElement as HTMLElement };
  }

  it('has the landmarks, the network name and its tagline', async () => {
    const { shell } = await renderAt('/reseau');

    expect(shell.querySelector('header')?.textContent).toContain('Bastide');
    expect(shell.querySelector('header')?.textContent).toContain('Le réseau des tiers-lieux du Gers');
    expect(shell.querySelector('nav')?.getAttribute('aria-label')).toBe('Espaces');
    expect(shell.querySelector('main')).not.toBeNull();
    expect(shell.querySelector('footer')).not.toBeNull();
  });

  it('marks the current area, and only it, with aria-current', async () => {
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'host' })));
    const { shell } = await renderAt('/hote');

    const current = [...shell.querySelectorAll('nav a[aria-current="page"]')].map((link) => link.textContent?.trim());
    expect(current).toEqual(['Hôte']);
    expect(shell.querySelector('main h1')?.textContent).toBe('Espace hôte');
  });

  it("marks only the deepest area: 'Événements' within the host's area, not 'Hôte' as well", async () => {
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'host' })));
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/hote/evenements?status=draft');
    // The page asks for the host's events; an empty answer lets it settle.
    for (let turns = 0; turns < 50 && !TestBed.inject(HttpTestingController).match('/api/v1/events').length; turns++) {
      await new Promise((resolve) => setTimeout(resolve));
    }
    fixture.detectChanges();
    const shell = fixture.nativeElement as HTMLElement;

    const current = [...shell.querySelectorAll('nav a[aria-current="page"]')].map((link) => link.textContent?.trim());
    expect(current).toEqual(['Événements']);
  });

  it('opens with a skip link that takes focus to the main content', async () => {
    const { shell } = await renderAt('/mon-espace');

    const skipLink = shell.querySelector('a') as HTMLAnchorElement;
    expect(skipLink.textContent?.trim()).toBe('Aller au contenu');
    skipLink.click();

    expect(document.activeElement).toBe(shell.querySelector('main'));
  });

  it('offers to sign in, and shows only the areas open to everyone, to a visitor', async () => {
    const { shell } = await renderAt('/acces-refuse');

    const header = shell.querySelector('header') as HTMLElement;
    expect(header.querySelector('a[href="/connexion"]')?.textContent?.trim()).toBe('Se connecter');
    const areas = [...header.querySelectorAll('nav a')].map((link) => link.textContent?.trim());
    expect(areas).toEqual(['Accueil', 'Lieux', 'Agenda', 'Mon espace']);
  });

  it("shows a signed-in member's name and a sign-out button, and the areas of their role", async () => {
    TestBed.inject(Session).start(
      givenAuthResponse(givenUser({ role: 'admin', firstName: 'Inès', lastName: 'Duprat' })),
    );
    const { shell } = await renderAt('/acces-refuse');

    const header = shell.querySelector('header') as HTMLElement;
    expect(header.textContent).toContain('Inès Duprat');
    expect(header.querySelector('button:not([lang])')?.textContent?.trim()).toBe('Se déconnecter');
    expect(header.querySelector('a[href="/connexion"]')).toBeNull();
    const areas = [...header.querySelectorAll('nav a')].map((link) => link.textContent?.trim());
    expect(areas).toEqual([
      'Accueil',
      'Lieux',
      'Agenda',
      'Réserver',
      'Mes réservations',
      'Mes événements',
      'Mon espace',
      'Hôte',
      'Événements',
      'Réseau',
    ]);
  });
});
