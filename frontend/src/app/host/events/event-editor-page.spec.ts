import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { givenEvent } from '../../testing/event-samples';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenSiteDetail } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('EventEditorPage', () => {
  let http: HttpTestingController;
  const site = givenSiteDetail();

  function configure(role: 'host' | 'admin') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(
      givenAuthResponse(givenUser({ role, hostedSiteIds: role === 'host' ? [site.id] : [] })),
    );
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function requested(method: string, url: string): Promise<TestRequest> {
    for (let turns = 0; turns < 50; turns++) {
      const [request] = http.match((candidate) => candidate.method === method && candidate.url === url);
      if (request) {
        return request;
      }
      await tick();
    }
    throw new Error(`No ${method} ${url}`);
  }

  /** What the page reads (GET), answered whenever it asks, so the test can wait for the page to settle. */
  let answers: Record<string, unknown> = {};

  async function settled(harness: RouterTestingHarness) {
    for (let turns = 0; turns < 20; turns++) {
      for (const request of http.match((r) => r.method === 'GET' && r.url in answers)) {
        request.flush(answers[request.request.url] as object);
      }
      await tick();
    }
    await harness.fixture.whenStable();
  }

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl(url);
    await settled(harness);
    await navigated;
    await settled(harness);
    return { harness, page: harness.routeNativeElement as HTMLElement };
  }

  function fill(page: HTMLElement, name: string, value: string) {
    const input = page.querySelector(`[formcontrolname="${name}"]`) as HTMLInputElement | HTMLTextAreaElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  const button = (name: string, within: ParentNode = document) =>
    [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;

  it("makes a draft at the host's site with local date and times, then opens it saying so", async () => {
    configure('host');
    answers = { [`/api/v1/sites/${site.id}`]: site };
    // The host's one site is chosen for them, and its meeting rooms offered.
    const { harness, page } = await open('/hote/evenements/nouveau');
    expect([...page.querySelectorAll('mat-select')][1]?.textContent).toContain('Tiers-lieu d’Auch');

    fill(page, 'title', 'Atelier fibre et visio');
    fill(page, 'description', 'Régler sa **box**.');
    fill(page, 'date', '2026-12-02');
    fill(page, 'startTime', '18:30');
    fill(page, 'endTime', '20:00');
    fill(page, 'capacity', '2');
    await settled(harness);
    button('Créer le brouillon', page)!.click();
    const creation = await requested('POST', '/api/v1/events');
    expect(creation.request.headers.has('Idempotency-Key')).toBe(true);
    expect(creation.request.body).toEqual({
      siteId: site.id,
      title: 'Atelier fibre et visio',
      description: 'Régler sa **box**.',
      category: 'telework_cafe',
      start: '2026-12-02T18:30',
      end: '2026-12-02T20:00',
      capacity: 2,
      visibility: 'public',
      registrationDeadline: null,
      roomId: null,
      onlineUrl: null,
    });
    const created = givenEvent({ status: 'draft', publishedAt: null, manageable: true });
    answers[`/api/v1/events/${created.id}`] = created;
    creation.flush(created);
    await settled(harness);

    expect(TestBed.inject(Router).url).toBe(`/hote/evenements/${created.id}`);
    const edited = harness.routeNativeElement as HTMLElement;
    expect(edited.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Brouillon « Atelier fibre et visio » créé. Publiez-le pour ouvrir les inscriptions.',
    );
    expect(edited.querySelector('h1')?.textContent?.trim()).toBe('Modifier « Atelier fibre et visio »');
    expect((edited.querySelector('[formcontrolname="startTime"]') as HTMLInputElement).value).toBe('18:30');
  });

  it('makes a weekly series until a date, then says how many were made and which dates were not, and why', async () => {
    configure('host');
    answers = { [`/api/v1/sites/${site.id}`]: site };
    const { harness, page } = await open('/hote/evenements/nouveau');

    fill(page, 'title', 'Café télétravail');
    fill(page, 'date', '2026-12-02');
    fill(page, 'startTime', '09:00');
    fill(page, 'endTime', '10:30');
    (page.querySelector('mat-checkbox input') as HTMLInputElement).click();
    await settled(harness);
    const until = page.querySelector('input[type="date"][required]:not([formcontrolname])') as HTMLInputElement;
    until.value = '2026-12-23';
    until.dispatchEvent(new Event('input'));
    await settled(harness);
    button('Créer les brouillons', page)!.click();

    const creation = await requested('POST', '/api/v1/event-series');
    expect(creation.request.headers.has('Idempotency-Key')).toBe(true);
    expect(creation.request.body).toEqual({
      siteId: site.id,
      title: 'Café télétravail',
      description: '',
      category: 'telework_cafe',
      start: '2026-12-02T09:00',
      end: '2026-12-02T10:30',
      capacity: 12,
      visibility: 'public',
      roomId: null,
      onlineUrl: null,
      until: '2026-12-23',
      publish: false,
    });
    expect(http.match({ method: 'POST', url: '/api/v1/events' })).toHaveLength(0);
    creation.flush(
      {
        id: 'a0000000-0000-4000-8000-000000000001',
        created: [givenEvent({ status: 'draft' }), givenEvent({ id: 'e0000000-0000-4000-8000-000000000009' })],
        conflicts: [
          {
            date: '2026-12-23',
            reason: 'https://bastide.gers.fr/problems/site-closed',
            detail: 'The site is closed that day.',
          },
        ],
      },
      { status: 201, statusText: 'Created' },
    );
    await settled(harness);

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('2 événements créés en brouillon.');
    const conflicts = page.querySelector('.editor__series') as HTMLElement;
    expect(conflicts.querySelector('h2')?.textContent?.trim()).toBe('Dates non créées');
    expect(conflicts.querySelector('li')?.textContent?.trim()).toBe(
      'mercredi 23 décembre 2026 : Le lieu est fermé ce jour-là.',
    );
    expect(conflicts.querySelector('a')?.getAttribute('href')).toBe('/hote/evenements');
    expect(page.querySelector('form')).toBeNull();
  });

  it('refuses an end before the start without asking the server', async () => {
    configure('host');
    answers = { [`/api/v1/sites/${site.id}`]: site };
    const { harness, page } = await open('/hote/evenements/nouveau');

    fill(page, 'title', 'Atelier');
    fill(page, 'date', '2026-12-02');
    fill(page, 'startTime', '18:30');
    fill(page, 'endTime', '18:00');
    button('Créer le brouillon', page)!.click();
    await settled(harness);

    expect(page.textContent).toContain('La fin doit venir après le début.');
    expect(http.match({ method: 'POST', url: '/api/v1/events' })).toHaveLength(0);
  });

  it('publishes a draft, and cancels a published event after confirming, saying so each time', async () => {
    configure('host');
    const draft = givenEvent({ status: 'draft', publishedAt: null, manageable: true, registeredCount: 1 });
    answers = { [`/api/v1/sites/${site.id}`]: site, [`/api/v1/events/${draft.id}`]: draft };
    const { harness, page } = await open(`/hote/evenements/${draft.id}`);

    button('Publier', page)!.click();
    (await requested('POST', `/api/v1/events/${draft.id}/publish`)).flush({ ...draft, status: 'published' });
    await settled(harness);
    expect(page.querySelector('[role="status"]')?.textContent).toContain('« Atelier fibre et visio » est publié');
    expect(page.querySelector('.editor__status')?.textContent).toContain('Publié');

    button("Annuler l'événement", page)!.click();
    await settled(harness);
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('les 1 personnes inscrites ou en liste d');
    button("Annuler l'événement", dialog)!.click();
    (await requested('POST', `/api/v1/events/${draft.id}/cancel`)).flush({
      ...draft,
      status: 'cancelled',
      cancelledAt: '2026-11-30T11:00:00+01:00',
    });
    await settled(harness);
    expect(page.querySelector('[role="status"]')?.textContent).toContain('est annulé ; les inscrits sont prévenus.');
    // A cancelled event can no longer be changed.
    expect(button('Enregistrer les modifications', page)).toBeUndefined();
    expect((page.querySelector('[formcontrolname="title"]') as HTMLInputElement).disabled).toBe(true);
  });

  it("puts the server's field errors on the fields, an instant's on its time", async () => {
    configure('admin');
    const event = givenEvent({ manageable: true });
    answers = {
      '/api/v1/sites': { items: [site], total: 1 },
      [`/api/v1/sites/${site.id}`]: site,
      [`/api/v1/events/${event.id}`]: event,
    };
    const { harness, page } = await open(`/hote/evenements/${event.id}`);

    button('Enregistrer les modifications', page)!.click();
    const change = await requested('PATCH', `/api/v1/events/${event.id}`);
    expect(change.request.body).toMatchObject({ start: '2026-12-02T18:30', end: '2026-12-02T20:00', capacity: 2 });
    change.flush(
      {
        type: 'https://bastide.gers.fr/problems/invalid-input',
        title: 'Invalid input',
        status: 400,
        errors: [{ field: 'start', message: 'start must be an ISO 8601 date and time' }],
      },
      { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await settled(harness);

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Certains champs ne sont pas valides.');
    expect(page.textContent).toContain('start must be an ISO 8601 date and time');
  });
});
