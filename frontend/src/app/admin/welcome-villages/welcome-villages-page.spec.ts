import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { WelcomeVillageView } from '../../core/api/welcome-villages.types';
import { Session } from '../../core/auth/session';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { LECTOURE_VILLAGE, SIMORRE_VILLAGE, givenWelcomeVillage } from '../../testing/welcome-village-samples';

const MIRANDE = givenWelcomeVillage();
const URL = '/api/v1/welcome-villages';

describe('WelcomeVillagesPage (officers)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  async function settle(): Promise<void> {
    await tick();
    await harness.fixture.whenStable();
  }

  /** The page reads every village, published or not. */
  function answerList(villages: WelcomeVillageView[]): void {
    const request = http.expectOne((candidate) => candidate.method === 'GET' && candidate.url === URL);
    expect(request.request.params.get('published')).toBe('all');
    request.flush({ items: villages, total: villages.length });
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'admin' })));
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl('/reseau/villages-d-accueil');
    await tick();
    answerList([LECTOURE_VILLAGE, MIRANDE, SIMORRE_VILLAGE]);
    await navigated;
    await settle();
    page = harness.routeNativeElement as HTMLElement;
  }, 30_000);

  afterEach(() => http.verify());

  function button(name: string): HTMLButtonElement {
    const found = [...page.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
    if (!found) {
      throw new Error(`No button "${name}"`);
    }
    return found as HTMLButtonElement;
  }

  function field(label: string): HTMLInputElement | HTMLTextAreaElement {
    const formField = [...page.querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    );
    return formField!.querySelector('input, textarea') as HTMLInputElement;
  }

  function fill(label: string, value: string): void {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function tick_(label: string): void {
    const box = [...page.querySelectorAll('mat-checkbox')].find((candidate) => candidate.textContent?.trim() === label);
    (box!.querySelector('input') as HTMLInputElement).click();
  }

  const notice = () => page.querySelector('.welcome-villages__notice')?.textContent?.trim();

  it('lists every village with its relay, offers and whether it is published', () => {
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Villages d’accueil');
    expect(page.querySelector('nav a[aria-current="page"]')?.textContent?.trim()).toBe('Villages d’accueil');
    const rows = [...page.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(0, 4)).toEqual([
      'Mirande CC Cœur d’Astarac en Gascogne',
      'Martine Lacoste (mairie)accueil.mirande@example.fr05 36 49 10 01',
      'ÉcoleCommercesPistes de logementFibre',
      'Publié',
    ]);
    expect(rows[2][3]).toBe('Non publié');
    expect(page.textContent).toContain('3 villages d’accueil');
  });

  it('publishes a village and withdraws another with one button each', async () => {
    button('Publier Simorre').click();
    const publish = http.expectOne((request) => request.method === 'PATCH');
    expect(publish.request.url).toBe(`${URL}/village-simorre`);
    expect(publish.request.body).toEqual({ published: true });
    publish.flush({ ...SIMORRE_VILLAGE, published: true });
    await tick();
    answerList([LECTOURE_VILLAGE, MIRANDE, { ...SIMORRE_VILLAGE, published: true }]);
    await settle();
    expect(notice()).toBe('Simorre paraît maintenant sur la page publique.');
    expect(button('Retirer Simorre de la page publique')).toBeTruthy();

    button('Retirer Mirande de la page publique').click();
    const withdraw = http.expectOne((request) => request.method === 'PATCH');
    expect(withdraw.request.body).toEqual({ published: false });
    withdraw.flush({ ...MIRANDE, published: false });
    await tick();
    answerList([LECTOURE_VILLAGE, { ...MIRANDE, published: false }, { ...SIMORRE_VILLAGE, published: true }]);
    await settle();
    expect(notice()).toBe('Mirande ne paraît plus sur la page publique.');
  });

  it('edits a village in the form, sending every field and clearing the emptied ones', async () => {
    button('Modifier Mirande').click();
    await settle();
    expect(page.querySelector('#welcome-village-form-title')?.textContent?.trim()).toBe(
      'Modifier le village d’accueil de Mirande',
    );
    expect(field('Nom du relais').value).toBe('Martine Lacoste');
    fill('Nom du relais', 'Paul Abadie');
    fill('Téléphone du relais (facultatif)', '');
    tick_('Commerces');
    fill('Présentation en anglais (facultatif)', '');
    button('Enregistrer').click();

    const change = http.expectOne((request) => request.method === 'PATCH');
    expect(change.request.url).toBe(`${URL}/village-mirande`);
    expect(change.request.body).toEqual({
      relayName: 'Paul Abadie',
      relayRole: 'town_hall',
      relayEmail: 'accueil.mirande@example.fr',
      relayPhone: null,
      offers: ['school', 'housing', 'fibre'],
      descriptionFr: MIRANDE.descriptionFr,
      descriptionEn: null,
      latitude: 43.5147,
      longitude: 0.4044,
      published: true,
    });
    change.flush({ ...MIRANDE, relayName: 'Paul Abadie' });
    await tick();
    answerList([LECTOURE_VILLAGE, { ...MIRANDE, relayName: 'Paul Abadie' }, SIMORRE_VILLAGE]);
    await settle();
    expect(notice()).toBe('Les changements de Mirande sont enregistrés.');
    expect(page.querySelector('#welcome-village-form-title')?.textContent?.trim()).toBe('Ajouter un village d’accueil');
    // The emptied form, ready for the next village, shows no error for the fields it just emptied.
    expect(page.querySelector('mat-error')).toBeNull();
  });

  it('asks for the commune and the required fields before adding anything', async () => {
    button('Ajouter le village').click();
    await settle();
    expect(page.textContent).toContain('Choisissez la commune dans la liste proposée.');
    expect(page.textContent).toContain('Indiquez le nom du relais.');
    expect(page.textContent).toContain('Présentez le village en quelques mots.');
    http.expectNone((request) => request.method === 'POST');
  });

  it('shows the server’s refusal in the reader’s language', async () => {
    button('Modifier Lectoure').click();
    await settle();
    button('Enregistrer').click();
    http
      .expectOne((request) => request.method === 'PATCH')
      .flush(
        {
          type: 'https://bastide.gers.fr/problems/welcome-village-exists',
          title: 'Already a welcome village',
          status: 409,
          detail: 'The commune 32208 is already a welcome village: edit it instead.',
        },
        { status: 409, statusText: 'Conflict', headers: { 'content-type': 'application/problem+json' } },
      );
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Cette commune est déjà un village d’accueil : modifiez-la dans la liste.',
    );
  });

  it('deletes a village once the officer confirms', async () => {
    button('Supprimer Simorre').click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Supprimer Simorre des villages d’accueil ?');
    ([...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Supprimer') as HTMLElement).click();
    await settle();
    const removal = http.expectOne((request) => request.method === 'DELETE');
    expect(removal.request.url).toBe(`${URL}/village-simorre`);
    removal.flush(null, { status: 204, statusText: 'No Content' });
    await tick();
    answerList([LECTOURE_VILLAGE, MIRANDE]);
    await settle();
    expect(notice()).toBe('Simorre n’est plus un village d’accueil.');
  });
});
