import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { COMMUNE_SUGGESTIONS_DEBOUNCE_MS } from '../../shared/territory/commune-picker';
import { givenCommune, givenCommunePage } from '../../testing/territory-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('MoveToGersPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/s-installer');
    page = harness.routeNativeElement as HTMLElement;
    // The first test compiles the lazy routes: a busy machine needs more than five seconds.
  }, 30_000);

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  function control(label: string): HTMLInputElement | HTMLTextAreaElement {
    const field = [...page.querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    ) as HTMLElement;
    return field.querySelector('input, textarea') as HTMLInputElement;
  }

  function fill(label: string, value: string): void {
    const input = control(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function click(label: string): void {
    const box = [...page.querySelectorAll('mat-checkbox, mat-radio-button')].find((candidate) =>
      candidate.textContent?.trim().startsWith(label),
    );
    (box?.querySelector('input') as HTMLInputElement).click();
  }

  function fillValidForm(): void {
    fill('Prénom', 'Camille');
    fill('Nom', 'Martin');
    fill('Adresse e-mail', 'camille.martin@example.fr');
    fill('Ville où vous habitez aujourd’hui', 'Lyon');
    fill('Métier ou activité', 'Graphiste');
    click('Indépendant ou freelance');
    fill('Vos souhaits', 'Un village avec la fibre, à moins d’une heure de Toulouse.');
    click('J’accepte d’être contacté');
  }

  async function submit(): Promise<void> {
    (page.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
  }

  it('presents the Soho Solo programme and states what the consent covers and for how long', () => {
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('S’installer dans le Gers');
    expect(page.textContent).toContain('Depuis 2008');
    const consent = page.querySelector('mat-checkbox') as HTMLElement;
    expect(consent.textContent).toContain('contacté par les chargés d’accueil');
    expect(consent.textContent).toContain('3 ans après notre dernier échange');
  });

  it('leads to the privacy notice beside the consent, where rights and retention are explained', () => {
    const privacy = page.querySelector('a[href="/confidentialite"]') as HTMLAnchorElement;
    expect(privacy.textContent?.trim()).toBe('politique de confidentialité');
    expect(privacy.parentElement?.textContent).toContain('comment exercer vos droits');
  });

  it('hides the honeypot from sight, from the keyboard and from screen readers', () => {
    const trap = page.querySelector('input[name="website"]') as HTMLInputElement;
    expect(trap.getAttribute('tabindex')).toBe('-1');
    expect(trap.getAttribute('autocomplete')).toBe('off');
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('lists the fields to fix in a focused summary, each linked to its field and its message', async () => {
    await submit();
    await tick();
    const summary = page.querySelector('.move-to-gers__summary') as HTMLElement;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(summary);
    const links = [...summary.querySelectorAll('a')].map((link) => link.textContent?.trim());
    expect(links).toEqual([
      'Prénom',
      'Nom',
      'Adresse e-mail',
      'Ville où vous habitez aujourd’hui',
      'Métier ou activité',
      'Votre projet',
      'Vos souhaits',
      'Accord pour être contacté',
    ]);
    const firstName = control('Prénom');
    const errorId = firstName
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.includes('error'));
    expect(page.querySelector(`#${errorId}`)?.textContent?.trim()).toBe('Indiquez votre prénom.');
    const consentError = page.querySelector('#newcomer-consent-error') as HTMLElement;
    expect(consentError.textContent).toContain('Sans votre accord');
    expect(page.querySelector('mat-checkbox input')?.getAttribute('aria-describedby')).toContain(
      'newcomer-consent-error',
    );

    (summary.querySelectorAll('a')[5] as HTMLAnchorElement).click();
    expect(document.activeElement).toBe(page.querySelector('mat-radio-button input'));
  });

  it('sends the intake with an empty honeypot and says what happens next', async () => {
    fillValidForm();
    await submit();
    const request = http.expectOne('/api/v1/newcomers');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'camille.martin@example.fr',
      currentCity: 'Lyon',
      profession: 'Graphiste',
      projectKind: 'freelance',
      wishes: 'Un village avec la fibre, à moins d’une heure de Toulouse.',
      consent: true,
      locale: 'fr',
      website: '',
    });
    request.flush({ id: 'newcomer-1' }, { status: 201, statusText: 'Created' });
    await harness.fixture.whenStable();
    const status = page.querySelector('[role="status"]') as HTMLElement;
    expect(status.textContent).toContain('Merci, votre demande est bien arrivée.');
    expect(status.textContent).toContain('e-mail');
    expect(status.textContent).toContain('vous appellera');
    expect(page.querySelector('form')).toBeNull();
  });

  it('sends the household and the wishes the person gave, and leaves out those left empty', async () => {
    fillValidForm();
    const household = [...page.querySelectorAll('fieldset')].find(
      (set) => set.querySelector('legend')?.textContent?.trim() === 'Votre foyer',
    ) as HTMLElement;
    expect(household.querySelectorAll('input')).toHaveLength(2);
    fill('Adultes', '2');
    fill('Enfants', '0');
    fill('Secteur du Gers (facultatif)', ' Astarac ');
    click('Acheter');
    click('Non');
    fill('Minutes au plus jusqu’à Toulouse', '45');
    await submit();
    const request = http.expectOne('/api/v1/newcomers');
    expect(request.request.body).toEqual(
      expect.objectContaining({
        adults: 2,
        children: 0,
        wishedArea: 'Astarac',
        housing: 'buy',
        fibreNeeded: false,
        maxMinutesToToulouse: 45,
      }),
    );
    expect(request.request.body).not.toHaveProperty('maxMinutesToStation');
    expect(request.request.body).not.toHaveProperty('timing');
    request.flush({ id: 'newcomer-1', status: 'new' }, { status: 201, statusText: 'Created' });
  });

  it('sends the village or town they have in mind, chosen among the suggestions', async () => {
    fillValidForm();
    const commune = control('Village ou ville en vue (facultatif)') as HTMLInputElement;
    commune.focus();
    fill('Village ou ville en vue (facultatif)', 'Mira');
    await new Promise((resolve) => setTimeout(resolve, COMMUNE_SUGGESTIONS_DEBOUNCE_MS + 50));
    const suggestions = http.expectOne((request) => request.url === '/api/v1/territory/communes');
    expect(suggestions.request.params.get('q')).toBe('Mira');
    suggestions.flush(givenCommunePage([givenCommune({ code: '32256', name: 'Mirande', postalCodes: ['32300'] })]));
    await harness.fixture.whenStable();
    (document.querySelector('mat-option') as HTMLElement).click();
    await harness.fixture.whenStable();

    await submit();
    const request = http.expectOne('/api/v1/newcomers');
    expect(request.request.body).toEqual(expect.objectContaining({ wishedCommuneCode: '32256' }));
    request.flush({ id: 'newcomer-1', status: 'new' }, { status: 201, statusText: 'Created' });
  });

  it('refuses out-of-range numbers with a message tied to the field and a link in the summary', async () => {
    fillValidForm();
    fill('Adultes', '0');
    fill('Minutes au plus jusqu’à une gare', '700');
    await submit();
    await tick();
    const links = [...page.querySelectorAll('.move-to-gers__summary a')].map((link) => link.textContent?.trim());
    expect(links).toEqual(['Adultes', 'Minutes au plus jusqu’à une gare']);
    const station = control('Minutes au plus jusqu’à une gare');
    expect(station.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(station.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(message?.textContent?.trim()).toBe('Indiquez un nombre de minutes entre 0 et 600.');
  });

  it('puts the server’s field errors next to their fields and in the summary', async () => {
    fillValidForm();
    fill('Téléphone (facultatif)', '05 62 00 00 00');
    await submit();
    http.expectOne('/api/v1/newcomers').flush(
      {
        title: 'Invalid request',
        status: 400,
        errors: [{ field: 'email', message: 'Cette adresse est refusée.' }],
      },
      { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/problem+json' } },
    );
    await harness.fixture.whenStable();
    const summary = page.querySelector('.move-to-gers__summary') as HTMLElement;
    expect([...summary.querySelectorAll('a')].map((link) => link.textContent?.trim())).toEqual(['Adresse e-mail']);
    expect(page.querySelector('mat-error')?.textContent?.trim()).toBe('Cette adresse est refusée.');
  });
});
