import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { Role } from '../api/identity.types';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { safeReturnUrl } from './auth.guards';
import { Session } from './session';

describe('area guards', () => {
  beforeEach(() => {
    harness = undefined;
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

  function signIn(role: Role): void {
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role })));
  }

  let harness: RouterTestingHarness | undefined;

  async function landingOf(url: string): Promise<string> {
    harness ??= await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return TestBed.inject(Router).url;
  }

  it('sends a visitor to the sign-in page, remembering where they were going', async () => {
    expect(await landingOf('/mon-espace/profil')).toBe('/connexion?returnUrl=%2Fmon-espace%2Fprofil');
    expect(await landingOf('/hote')).toBe('/connexion?returnUrl=%2Fhote');
    expect(await landingOf('/reseau')).toBe('/connexion?returnUrl=%2Freseau');
  });

  it('lets a member into the member area only', async () => {
    signIn('member');

    expect(await landingOf('/mon-espace')).toBe('/mon-espace');
    expect(await landingOf('/hote')).toBe('/acces-refuse');
    expect(await landingOf('/reseau')).toBe('/acces-refuse');
  });

  it('lets a host into the host area, not the network area', async () => {
    signIn('host');

    expect(await landingOf('/hote')).toBe('/hote');
    expect(await landingOf('/reseau')).toBe('/acces-refuse');
  });

  it('lets a network officer in everywhere', async () => {
    signIn('admin');

    expect(await landingOf('/mon-espace')).toBe('/mon-espace');
    expect(await landingOf('/hote')).toBe('/hote');
    expect(await landingOf('/reseau')).toBe('/reseau');
  });

  it('returns only to addresses of this application after sign-in', () => {
    expect(safeReturnUrl('/hote?x=1')).toBe('/hote?x=1');
    expect(safeReturnUrl('//evil.example/')).toBe('/mon-espace');
    expect(safeReturnUrl('https://evil.example/')).toBe('/mon-espace');
    expect(safeReturnUrl(undefined)).toBe('/mon-espace');
  });
});
