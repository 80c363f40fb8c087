import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { NewcomerFile } from '../../core/api/newcomers.types';
import { Session } from '../../core/auth/session';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenNewcomerFile } from '../../testing/newcomer-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { givenWelcomeVillage } from '../../testing/welcome-village-samples';

const OFFICER = givenUser({ id: 'officer-lea', firstName: 'Léa', lastName: 'Sarrat', role: 'admin' });
const LEA = { id: OFFICER.id, firstName: 'Léa', lastName: 'Sarrat' };
const FILE = givenNewcomerFile();
const URL = '/api/v1/newcomers/newcomer-claire';
const VILLAGE = givenWelcomeVillage();
/** `GET /users?role=admin`: the officers the file can be handed to. */
const OFFICERS = [
  {
    id: OFFICER.id,
    email: 'lea@gers.example',
    firstName: 'Léa',
    lastName: 'Sarrat',
    role: 'admin',
    homeCommuneCode: null,
  },
  {
    id: 'officer-bertrand',
    email: 'b@gers.example',
    firstName: 'Bertrand',
    lastName: 'Lacoste',
    role: 'admin',
    homeCommuneCode: null,
  },
];

describe('NewcomerFilePage', () => {
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
    TestBed.inject(Session).start(givenAuthResponse(OFFICER));
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl('/reseau/nouveaux-arrivants/newcomer-claire');
    await tick();
    http.expectOne(URL).flush(FILE);
    await navigated;
    const officers = http.expectOne((r) => r.url === '/api/v1/users');
    expect(officers.request.params.get('role')).toBe('admin');
    officers.flush({ items: OFFICERS, total: OFFICERS.length });
    // The welcome villages, offered first for the welcome commune (asked for once the file is drawn).
    for (let attempt = 0; attempt < 200; attempt += 1) {
      harness.fixture.detectChanges();
      const villages = http.match((r) => r.url === '/api/v1/welcome-villages');
      if (villages.length) {
        villages.forEach((request) => request.flush({ items: [VILLAGE], total: 1 }));
        break;
      }
      await tick();
    }
    // The file's tiers-lieux part (`NewcomerTrialDays`, tested in its own spec): no site near, nothing offered.
    for (let attempt = 0; attempt < 200; attempt += 1) {
      harness.fixture.detectChanges();
      const suggested = http.match((r) => r.url === `${URL}/suggested-sites`);
      const trialDays = http.match((r) => r.url === `${URL}/trial-days`);
      suggested.forEach((request) =>
        request.flush({
          origin: { kind: 'commune', code: '32013', name: 'Auch', approximate: false },
          items: [],
          total: 0,
        }),
      );
      trialDays.forEach((request) => request.flush({ items: [], total: 0 }));
      if (suggested.length && trialDays.length) {
        break;
      }
      await tick();
    }
    await settle();
    page = harness.routeNativeElement as HTMLElement;
    // The first test compiles the lazy routes: a busy machine needs more than five seconds.
  }, 30_000);

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function settle(): Promise<void> {
    await tick();
    await harness.fixture.whenStable();
  }

  function button(name: string): HTMLButtonElement {
    return [...page.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
    ) as HTMLButtonElement;
  }

  const notice = () => page.querySelector('.newcomer-file__notice') as HTMLElement;
  const timeline = () =>
    [...page.querySelectorAll('.newcomer-file__timeline li')].map((entry) =>
      [...entry.children].map((part) => part.textContent?.replace(/\s+/g, ' ').trim()).join(' '),
    );

  /** The change is answered, then the file is read again. */
  async function answer(method: string, body: unknown, reread: NewcomerFile): Promise<void> {
    const request = http.expectOne((r) => r.method === method);
    expect(request.request.body).toEqual(body);
    request.flush(method === 'POST' ? {} : reread, { status: method === 'POST' ? 201 : 200, statusText: 'OK' });
    await tick();
    http.expectOne((r) => r.method === 'GET' && r.url === URL).flush(reread);
    await settle();
  }

  it('shows who the person is, what they wish and the timeline, newest first', () => {
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Claire Dupuy');
    const facts = page.querySelector('.newcomer-file__facts')?.textContent?.replace(/\s+/g, ' ');
    expect(facts).toContain('claire.dupuy@example.fr');
    expect(facts).toContain('Bordeaux');
    expect(facts).toContain('Indépendant ou freelance');
    expect(page.querySelector('.newcomer-file__wishes')?.textContent).toContain('à moins d’une heure de Toulouse');
    expect(timeline()).toEqual([
      '29 nov. 2026, 14:01 E-mail d’accusé de réception envoyé.',
      '29 nov. 2026, 14:00 Demande reçue par le formulaire du site.',
    ]);
  });

  it('changes the stage and says so in a live region', async () => {
    const stage = page.querySelector('select') as HTMLSelectElement;
    stage.value = 'contacted';
    stage.dispatchEvent(new Event('change'));
    button('Changer d’étape').click();
    await answer(
      'PATCH',
      { status: 'contacted' },
      {
        ...FILE,
        status: 'contacted',
        timeline: [
          ...FILE.timeline,
          { id: 't3', kind: 'status', at: '2026-11-29T15:00:00+01:00', author: LEA, text: null, value: 'contacted' },
        ],
      },
    );
    expect(notice().getAttribute('role')).toBe('status');
    expect(notice().textContent?.trim()).toBe('Le dossier est à l’étape « Contacté ».');
    expect(timeline()[0]).toBe('29 nov. 2026, 15:00 · Léa Sarrat Étape : « Contacté ».');
  });

  it('assigns the file to the officer reading it', async () => {
    button('Suivre ce dossier').click();
    await answer('PATCH', { officerId: OFFICER.id }, { ...FILE, officer: LEA });
    expect(notice().textContent?.trim()).toBe('Vous suivez désormais ce dossier.');
    expect(page.textContent).toContain('Vous suivez ce dossier.');
    expect(button('Retirer le chargé d’accueil')).toBeDefined();
  });

  it('shows the household and the wishes of the form, and what was not said', async () => {
    const wishes = [...page.querySelectorAll('.newcomer-file__facts')][1];
    const facts = [...wishes.querySelectorAll('dt')].map((term) => [
      term.textContent?.trim(),
      term.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim(),
    ]);
    expect(facts).toEqual([
      ['Votre foyer', '2 adultes, 1 enfant'],
      ['Secteur du Gers (facultatif)', 'Astarac'],
      ['Village ou ville souhaité', 'Mirande'],
      ['Logement', 'Acheter'],
      ['Besoin de la fibre', 'Oui'],
      ['Minutes au plus jusqu’à une gare', '20 min'],
      ['Minutes au plus jusqu’à Toulouse', '60 min'],
      ['Quand pensez-vous vous installer ?', 'Dans l’année'],
    ]);
  });

  it('hands the file to an officer chosen in the list of officers', async () => {
    const choice = page.querySelector('#newcomer-officer') as HTMLSelectElement;
    expect([...choice.options].map((option) => option.textContent?.trim())).toEqual([
      'Choisir un chargé d’accueil',
      'Léa Sarrat',
      'Bertrand Lacoste',
    ]);
    choice.value = 'officer-bertrand';
    choice.dispatchEvent(new Event('change'));
    button('Confier le dossier').click();
    const bertrand = { id: 'officer-bertrand', firstName: 'Bertrand', lastName: 'Lacoste' };
    await answer('PATCH', { officerId: 'officer-bertrand' }, { ...FILE, officer: bertrand });
    expect(notice().textContent?.trim()).toBe('Le dossier est confié à Bertrand Lacoste.');
    expect((page.querySelector('#newcomer-officer') as HTMLSelectElement).value).toBe('officer-bertrand');
  });

  it('sets the next action date and note, then clears them', async () => {
    const date = page.querySelector('#newcomer-next-action-date') as HTMLInputElement;
    const note = page.querySelector('#newcomer-next-action-note') as HTMLInputElement;
    // Without a date, nothing is sent and the field says why.
    button('Enregistrer la prochaine action').click();
    await settle();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(page.textContent).toContain('Choisissez une date.');

    date.value = '2026-12-04';
    date.dispatchEvent(new Event('input'));
    note.value = '  Appeler la mairie de Mirande ';
    note.dispatchEvent(new Event('input'));
    button('Enregistrer la prochaine action').click();
    const planned = { ...FILE, nextActionDate: '2026-12-04', nextActionNote: 'Appeler la mairie de Mirande' };
    await answer('PATCH', { nextActionDate: '2026-12-04', nextActionNote: 'Appeler la mairie de Mirande' }, planned);
    expect(notice().textContent?.trim()).toBe('Prochaine action le 4 déc. 2026.');

    button('Retirer la prochaine action').click();
    await answer('PATCH', { nextActionDate: null, nextActionNote: null }, FILE);
    expect(notice().textContent?.trim()).toBe('Le dossier n’a plus de prochaine action.');
    expect(button('Retirer la prochaine action')).toBeUndefined();
    expect((page.querySelector('#newcomer-next-action-date') as HTMLInputElement).value).toBe('');
  });

  it('adds a dated note to the timeline, once, and empties the field', async () => {
    button('Ajouter la note').click();
    await settle();
    expect(page.querySelector('mat-error')?.textContent?.trim()).toBe('Écrivez la note avant de l’ajouter.');

    const note = page.querySelector('textarea') as HTMLTextAreaElement;
    note.value = 'Appelée : elle visite Mirande samedi.';
    note.dispatchEvent(new Event('input'));
    button('Ajouter la note').click();
    const request = http.expectOne(`${URL}/notes`);
    expect(request.request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(request.request.body).toEqual({ text: 'Appelée : elle visite Mirande samedi.' });
    request.flush(
      {
        id: 't3',
        kind: 'note',
        at: '2026-11-29T15:00:00+01:00',
        author: LEA,
        text: request.request.body.text,
        value: null,
      },
      { status: 201, statusText: 'Created' },
    );
    await tick();
    http.expectOne(URL).flush({
      ...FILE,
      timeline: [
        ...FILE.timeline,
        {
          id: 't3',
          kind: 'note',
          at: '2026-11-29T15:00:00+01:00',
          author: LEA,
          text: 'Appelée : elle visite Mirande samedi.',
          value: null,
        },
      ],
    });
    await settle();
    expect(notice().textContent?.trim()).toBe('La note est ajoutée à l’historique.');
    expect(timeline()[0]).toBe('29 nov. 2026, 15:00 · Léa Sarrat Appelée : elle visite Mirande samedi.');
    expect(note.value).toBe('');
    expect(page.querySelector('mat-error')).toBeNull();
  });

  it('offers the welcome villages first for the welcome commune', async () => {
    const select = page.querySelector('bastide-welcome-village-choice mat-select') as HTMLElement;
    expect(select).not.toBeNull();
    select.click();
    await settle();
    const option = [...document.querySelectorAll('mat-option')].find((o) => o.textContent?.trim() === 'Mirande');
    (option as HTMLElement).click();
    await settle();
    // The commune field beside it shows the same commune, by name.
    http
      .expectOne((r) => r.url === '/api/v1/territory/communes')
      .flush({
        items: [
          {
            code: '32256',
            name: 'Mirande',
            postalCodes: ['32300'],
            epciCode: VILLAGE.epciCode,
            epciName: VILLAGE.epciName,
            population: 3457,
          },
        ],
        total: 1,
      });
    await settle();
    expect((page.querySelector('bastide-commune-picker input') as HTMLInputElement).value).toBe('Mirande (32300)');
    button('Enregistrer la commune').click();
    const request = http.expectOne((r) => r.method === 'PATCH');
    expect(request.request.body).toEqual({ welcomeCommuneCode: '32256' });
    request.flush({ ...FILE, welcomeCommune: { code: '32256', name: 'Mirande' } });
    await tick();
    http
      .expectOne((r) => r.method === 'GET' && r.url === URL)
      .flush({
        ...FILE,
        welcomeCommune: { code: '32256', name: 'Mirande' },
      });
    await settle();
  });

  it('says when an action fails, with the server’s reason', async () => {
    button('Suivre ce dossier').click();
    http
      .expectOne((r) => r.method === 'PATCH')
      .flush(
        { title: 'Invalid request', status: 400, detail: 'officerId is not a network officer' },
        { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/problem+json' } },
      );
    await settle();
    expect(notice().textContent?.trim()).toBe('L’action n’a pas abouti : officerId is not a network officer');
    expect(notice().classList).toContain('newcomer-file__notice--failed');
  });
});
