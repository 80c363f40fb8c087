import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { givenEvent, givenRegistration } from '../../testing/event-samples';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('EventAttendeesPage', () => {
  let http: HttpTestingController;
  const event = givenEvent({ registeredCount: 2, placesLeft: 0, waitlistCount: 1, manageable: true });
  const julien = givenRegistration();
  const ines = givenRegistration({
    id: 'f0000000-0000-4000-8000-000000000002',
    firstName: 'Inès',
    lastName: 'Soubiran',
    status: 'attended',
    attendedAt: '2026-12-02T18:40:00+01:00',
  });
  const camille = givenRegistration({
    id: 'f0000000-0000-4000-8000-000000000003',
    firstName: 'Camille',
    lastName: 'Roques',
    status: 'waitlisted',
    position: 1,
  });

  beforeEach(() => {
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
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'host', hostedSiteIds: [event.siteId!] })));
  });

  afterEach(() => http.verify());

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

  async function open() {
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl(`/hote/evenements/${event.id}/inscrits`);
    (await requested('GET', `/api/v1/events/${event.id}`)).flush(event);
    const list = await requested('GET', `/api/v1/events/${event.id}/registrations`);
    expect(list.request.params.get('limit')).toBe('500');
    list.flush({ items: [julien, ines, camille], total: 3 });
    await navigated;
    await harness.fixture.whenStable();
    const settle = async () => {
      await tick();
      await harness.fixture.whenStable();
    };
    return { page: harness.routeNativeElement as HTMLElement, settle };
  }

  it('lists the registered with their attendance, and the waitlist with positions', async () => {
    const { page } = await open();

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Inscrits : Atelier fibre et visio');
    expect(page.textContent).toContain("Inscrits : 2 sur 2 places ; présences notées : 1 ; en liste d'attente : 1.");
    const rows = [...page.querySelectorAll('tbody tr')].map((row) => [
      row.querySelector('th')?.textContent?.trim(),
      row.querySelector('td')?.textContent?.trim(),
      (row.querySelector('input[type="checkbox"]') as HTMLInputElement).checked,
    ]);
    expect(rows).toEqual([
      ['Julien Baylac', 'Inscription confirmée', false],
      ['Inès Soubiran', 'Présence notée', true],
    ]);
    expect([...page.querySelectorAll('.attendees__waitlist li')].map((li) => li.textContent?.trim())).toEqual([
      'Position 1 : Camille Roques',
    ]);
  });

  it('marks attendance in one click and says so; a refusal puts the box back', async () => {
    const { page, settle } = await open();

    const box = page.querySelector('input[aria-label="Julien Baylac a participé"]') as HTMLInputElement;
    box.click();
    const marked = await requested('POST', `/api/v1/events/${event.id}/registrations/${julien.id}/attendance`);
    expect(marked.request.body).toEqual({ attended: true });
    marked.flush({ ...julien, status: 'attended', attendedAt: '2026-12-02T18:45:00+01:00' });
    await settle();
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Présence de Julien Baylac notée.');
    expect(page.textContent).toContain('présences notées : 2');

    const inesBox = page.querySelector('input[aria-label="Inès Soubiran a participé"]') as HTMLInputElement;
    inesBox.click();
    await settle();
    expect(inesBox.checked).toBe(false);
    (await requested('POST', `/api/v1/events/${event.id}/registrations/${ines.id}/attendance`)).flush(
      {
        type: 'https://bastide.gers.fr/problems/attendance-not-open',
        title: 'Not the time to mark attendance',
        status: 422,
        detail: 'Attendance can be marked from the day of the event (2026-12-02).',
        date: '2026-12-02',
      },
      { status: 422, statusText: 'Unprocessable Entity', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      "La présence se note à partir du jour de l'événement.",
    );
    expect(inesBox.checked).toBe(true);
  });

  it('downloads the list as CSV in the reader’s language', async () => {
    const { page, settle } = await open();
    const created: Blob[] = [];
    const url = window.URL as unknown as { createObjectURL?: (blob: Blob) => string; revokeObjectURL?: () => void };
    url.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:attendees';
    };
    url.revokeObjectURL = () => undefined;

    const exportButton = [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Exporter'));
    exportButton!.click();
    const csv = await requested('GET', `/api/v1/events/${event.id}/registrations/export.csv`);
    expect(csv.request.params.get('lang')).toBe('fr');
    csv.flush('\uFEFFNom;Prénom;Statut\nBaylac;Julien;Inscrit\n');
    await settle();

    expect(created).toHaveLength(1);
    expect(created[0].type).toBe('text/csv;charset=utf-8');
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('La liste des inscrits a été téléchargée.');
  });
});
