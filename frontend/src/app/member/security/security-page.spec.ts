import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { groupsOfFour } from './security-page';

const RECOVERY_CODES = ['abcde-23456', 'fghjk-78923', 'mnpqr-45678'];

/** jsdom's Blob has no text(): FileReader reads it. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('SecurityPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'host', mfaEnabled: false })));
  });

  afterEach(() => http.verify());

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/mon-espace/securite');
    const page = harness.routeNativeElement as HTMLElement;
    const section = (id: string) => page.querySelector(`#${id}`) as HTMLElement;
    const button = (name: string) =>
      [...page.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name) as
        HTMLButtonElement | undefined;
    const type = (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const settle = () => harness.fixture.whenStable();
    return { page, section, button, type, settle };
  }

  it('shows the secret in groups of four', () => {
    expect(groupsOfFour('JBSWY3DPEHPK3PXPJBSWY3DP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
    expect(groupsOfFour('ABCDEF')).toBe('ABCD EF');
  });

  it('turns two-factor sign-in on: secret and link, a first code, then the recovery codes once', async () => {
    const { page, section, button, type, settle } = await open();
    const mfa = section('security-mfa');
    expect(mfa.textContent).toContain('La validation en deux étapes est désactivée.');

    button('Activer la validation en deux étapes')?.click();
    http.expectOne({ method: 'POST', url: '/api/v1/auth/mfa/setup' }).flush({
      secret: 'JBSWY3DPEHPK3PXP',
      otpauthUrl: 'otpauth://totp/Bastide:camille.martin%40example.fr?secret=JBSWY3DPEHPK3PXP&issuer=Bastide',
    });
    await settle();

    expect(mfa.querySelector('.security__secret')?.textContent?.trim()).toBe('JBSW Y3DP EHPK 3PXP');
    expect(mfa.querySelector('a[href^="otpauth://"]')?.textContent?.trim()).toBe(
      "Ouvrir dans l'application d'authentification",
    );
    const code = mfa.querySelector('#security-mfa-code') as HTMLInputElement;
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');

    // A wrong code first: the reason is under the field, and nothing is switched on.
    type(code, '000000');
    button('Activer')?.click();
    http
      .expectOne('/api/v1/auth/mfa/enable')
      .flush(
        { title: 'Bad Request', status: 400, errors: [{ field: 'code', message: 'code does not match' }] },
        { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();
    expect(mfa.querySelector('mat-error')?.textContent).toContain('Ce code ne correspond pas.');

    type(code, '123456');
    button('Activer')?.click();
    const enable = http.expectOne('/api/v1/auth/mfa/enable');
    expect(enable.request.body).toEqual({ code: '123456' });
    enable.flush({ recoveryCodes: RECOVERY_CODES });
    http.expectOne('/api/v1/me').flush(givenUser({ role: 'host', mfaEnabled: true }));
    await settle();

    expect([...mfa.querySelectorAll('.security__codes code')].map((c) => c.textContent?.trim())).toEqual(
      RECOVERY_CODES,
    );
    expect(mfa.querySelector('[role="status"]')?.textContent?.trim()).toBe('La validation en deux étapes est activée.');
    expect(button('Copier les codes')).toBeDefined();
    expect(TestBed.inject(Session).user()?.mfaEnabled).toBe(true);

    // Downloaded as a text file, one code a line.
    const createObjectURL = jest.fn((blob: Blob) => (void blob, 'blob:codes'));
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicks: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    button('Télécharger les codes (fichier texte)')?.click();
    await settle();
    click.mockRestore();
    expect(clicks).toEqual(['codes-de-secours-bastide.txt']);
    await expect(textOf(createObjectURL.mock.calls[0][0])).resolves.toBe(RECOVERY_CODES.join('\n') + '\n');

    // Put away: not shown again; the page now offers to turn it off.
    button("J'ai mis mes codes de côté")?.click();
    await settle();
    expect(page.querySelector('.security__codes')).toBeNull();
    expect(mfa.textContent).toContain('La validation en deux étapes est activée.');
    expect(button('Désactiver la validation en deux étapes')).toBeDefined();
  });

  it('turns two-factor sign-in off with a code', async () => {
    TestBed.inject(Session).updateUser(givenUser({ mfaEnabled: true }));
    const { section, button, type, settle } = await open();
    const mfa = section('security-mfa');

    type(mfa.querySelector('#security-mfa-disable-code') as HTMLInputElement, 'abcde-23456');
    button('Désactiver la validation en deux étapes')?.click();
    const disable = http.expectOne('/api/v1/auth/mfa/disable');
    expect(disable.request.body).toEqual({ code: 'abcde-23456' });
    disable.flush(null, { status: 204, statusText: 'No Content' });
    http.expectOne('/api/v1/me').flush(givenUser({ mfaEnabled: false }));
    await settle();

    expect(mfa.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'La validation en deux étapes est désactivée.',
    );
    expect(button('Activer la validation en deux étapes')).toBeDefined();
  });

  it("says when the current password is wrong, under the field, in the reader's language", async () => {
    const { section, button, type, settle } = await open();
    const password = section('security-password');
    const [current, next] = [...password.querySelectorAll('input')];
    type(current, 'pas le bon');
    type(next, 'une phrase de passe solide');
    button('Changer le mot de passe')?.click();
    const change = http.expectOne('/api/v1/me/password');
    expect(change.request.body).toEqual({ currentPassword: 'pas le bon', newPassword: 'une phrase de passe solide' });
    change.flush(
      {
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'currentPassword', message: "currentPassword is not the account's current password" }],
      },
      { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await settle();

    expect(password.querySelector('mat-error')?.textContent?.trim()).toBe(
      "Ce n'est pas le mot de passe actuel du compte.",
    );
  });

  it('says where the confirmation link of a new address went', async () => {
    const { section, button, type, settle } = await open();
    const email = section('security-email');
    const [newEmail, password] = [...email.querySelectorAll('input')];
    type(newEmail, 'camille@nouvelle-adresse.fr');
    type(password, 'un mot de passe correct');
    button("Changer d'adresse")?.click();
    http.expectOne('/api/v1/me/email').flush(null, { status: 202, statusText: 'Accepted' });
    await settle();

    expect(email.querySelector('[role="status"]')?.textContent).toContain(
      'Un lien de confirmation a été envoyé à camille@nouvelle-adresse.fr.',
    );
  });
});
