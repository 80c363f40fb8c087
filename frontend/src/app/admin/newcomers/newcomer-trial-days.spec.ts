import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { SuggestedSitesPage, TrialDay } from '../../core/api/trial-days.types';
import { provideTestTranslations } from '../../testing/test-translations';
import { NewcomerTrialDays } from './newcomer-trial-days';

const BASE = '/api/v1/newcomers/newcomer-claire';
const AUCH = 'site-auch';

const SUGGESTED: SuggestedSitesPage = {
  origin: { kind: 'commune', code: '32013', name: 'Auch', approximate: false },
  items: [
    {
      id: AUCH,
      name: 'Tiers-lieu d’Auch',
      slug: 'tiers-lieu-d-auch',
      communeCode: '32013',
      communeName: 'Auch',
      epciCode: '200066926',
      distanceKm: 0,
    },
    {
      id: 'site-condom',
      name: 'La Filature',
      slug: 'la-filature',
      communeCode: '32107',
      communeName: 'Condom',
      epciCode: null,
      distanceKm: 38.4,
    },
  ],
  total: 2,
};

function givenTrialDay(overrides: Partial<TrialDay> = {}): TrialDay {
  return {
    id: 'trial-1',
    state: 'sent',
    siteId: AUCH,
    siteName: 'Tiers-lieu d’Auch',
    resourceId: null,
    resourceName: null,
    kind: 'desk',
    date: '2026-12-03',
    slot: 'full_day',
    offeredBy: { id: 'officer-lea', firstName: 'Léa', lastName: 'Sarrat' },
    offeredAt: '2026-11-30T10:00:00+01:00',
    sentAt: '2026-11-30T10:00:05+01:00',
    expiresAt: '2026-12-03T08:30:00+01:00',
    acceptedAt: null,
    withdrawnAt: null,
    bookingId: null,
    userId: null,
    ...overrides,
  };
}

describe('NewcomerTrialDays', () => {
  let http: HttpTestingController;
  // A machine busy with other builds needs more than five seconds to compile the first test.
  jest.setTimeout(30_000);

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function render(trialDays: TrialDay[] = []) {
    const fixture = TestBed.createComponent(NewcomerTrialDays);
    fixture.componentRef.setInput('newcomerId', 'newcomer-claire');
    await answer(fixture, `${BASE}/suggested-sites?limit=20`, SUGGESTED);
    await answer(fixture, `${BASE}/trial-days`, { items: trialDays, total: trialDays.length });
    // The nearest site is chosen: its desks are read.
    await answer(fixture, `/api/v1/sites/${AUCH}`, {
      id: AUCH,
      resources: [
        { id: 'desk-1', name: 'Bureau 1', kind: 'desk' },
        { id: 'room-1', name: 'Salle', kind: 'meeting_room' },
      ],
    });
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, settle: () => fixture.whenStable() };
  }

  /** Answers the request to `url` once the component has sent it. */
  async function answer(fixture: { detectChanges(): void }, url: string, body: unknown): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      fixture.detectChanges();
      const sent = http.match(url);
      if (sent.length) {
        sent.forEach((request) => request.flush(body as object));
        await tick();
        return;
      }
      await tick();
    }
    throw new Error(`no request to ${url}`);
  }

  function field(element: HTMLElement, label: string): HTMLInputElement | HTMLSelectElement {
    const found = [...element.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)!;
    return element.querySelector(`#${found.getAttribute('for')}`) as HTMLInputElement | HTMLSelectElement;
  }

  it('lists the suggested tiers-lieux with their distance', async () => {
    const { element } = await render();
    const items = [...element.querySelectorAll('.trial-days__suggestions li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(['Tiers-lieu d’Auch (Auch) — 0 km', 'La Filature (Condom) — 38,4 km']);
    expect(element.textContent).toContain('Les plus proches de Auch');
    expect(element.textContent).toContain('Aucune journée d’essai proposée.');
  });

  it('offers every published site, by name, when the file names no place', async () => {
    const fixture = TestBed.createComponent(NewcomerTrialDays);
    fixture.componentRef.setInput('newcomerId', 'newcomer-claire');
    await answer(fixture, `${BASE}/suggested-sites?limit=20`, { origin: null, items: [], total: 2 });
    await answer(fixture, '/api/v1/sites?limit=200', {
      items: [
        { id: AUCH, name: 'Tiers-lieu d’Auch', slug: 'tiers-lieu-d-auch', communeCode: '32013', communeName: 'Auch' },
      ],
      total: 1,
    });
    await answer(fixture, `${BASE}/trial-days`, { items: [], total: 0 });
    await answer(fixture, `/api/v1/sites/${AUCH}`, { id: AUCH, resources: [] });
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('Le dossier ne nomme ni commune ni secteur');
    const site = field(element, 'Tiers-lieu') as HTMLSelectElement;
    expect(site.value).toBe(AUCH);
    expect(site.selectedOptions[0].textContent?.trim()).toBe('Tiers-lieu d’Auch (Auch)');
  });

  it('offers a trial day at the chosen site, day and desk, with an Idempotency-Key', async () => {
    const { element, fixture, settle } = await render();
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);
    const desk = field(element, 'Poste de travail') as HTMLSelectElement;
    expect([...desk.options].map((o) => o.textContent?.trim())).toEqual([
      'Un poste libre, choisi à l’acceptation',
      'Bureau 1',
    ]);
    desk.value = 'desk-1';
    desk.dispatchEvent(new Event('change'));
    const date = field(element, 'Jour') as HTMLInputElement;
    date.value = '2026-12-03';
    date.dispatchEvent(new Event('input'));
    (element.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await tick();
    const request = http.expectOne((r) => r.method === 'POST' && r.url === `${BASE}/trial-days`);
    expect(request.request.body).toEqual({ siteId: AUCH, date: '2026-12-03', slot: 'full_day', resourceId: 'desk-1' });
    expect(request.request.headers.get('Idempotency-Key')).toBeTruthy();
    request.flush(givenTrialDay({ resourceId: 'desk-1', resourceName: 'Bureau 1' }), {
      status: 201,
      statusText: 'Created',
    });
    await tick();
    http.expectOne(`${BASE}/trial-days`).flush({ items: [givenTrialDay({ resourceName: 'Bureau 1' })], total: 1 });
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('L’invitation est envoyée par e-mail.');
    expect(element.querySelector('.trial-days__list')?.textContent).toContain('Envoyée, en attente');
    expect(changed).toHaveBeenCalled();
    // The day is emptied for the next offer, without an error on it.
    expect((field(element, 'Jour') as HTMLInputElement).value).toBe('');
    expect(element.textContent).not.toContain('Choisissez le jour.');
  });

  it('does not send an offer without a day', async () => {
    const { element, settle } = await render();
    (element.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    http.expectNone((r) => r.method === 'POST');
    expect(element.textContent).toContain('Choisissez le jour.');
  });

  it('shows each invitation’s state and withdraws one still waiting', async () => {
    const { element, fixture, settle } = await render([
      givenTrialDay(),
      givenTrialDay({ id: 'trial-0', state: 'accepted', acceptedAt: '2026-11-20T09:00:00+01:00' }),
    ]);
    const states = [...element.querySelectorAll('.trial-days__state')].map((s) => s.textContent?.trim());
    expect(states).toEqual(['Envoyée, en attente', 'Acceptée']);
    const withdraw = [...element.querySelectorAll('button')].filter((b) => b.textContent?.includes('Retirer'));
    expect(withdraw).toHaveLength(1);
    withdraw[0].click();
    await tick();
    http.expectOne(`${BASE}/trial-days/trial-1/withdraw`).flush(givenTrialDay({ state: 'withdrawn' }));
    await tick();
    http.expectOne(`${BASE}/trial-days`).flush({ items: [givenTrialDay({ state: 'withdrawn' })], total: 1 });
    await settle();
    fixture.detectChanges();
    expect(element.textContent).toContain('L’invitation est retirée');
  });

  it('tells the officer why an offer was refused', async () => {
    const { element, fixture, settle } = await render();
    const date = field(element, 'Jour') as HTMLInputElement;
    date.value = '2026-12-05';
    date.dispatchEvent(new Event('input'));
    (element.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await tick();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          type: 'x/site-closed',
          title: 'Site closed that day',
          status: 422,
          detail: 'The site is closed on 2026-12-05.',
        },
        { status: 422, statusText: 'Unprocessable' },
      );
    await settle();
    fixture.detectChanges();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('The site is closed on 2026-12-05.');
  });
});
