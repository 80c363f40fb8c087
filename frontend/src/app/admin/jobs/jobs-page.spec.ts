import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { Session } from '../../core/auth/session';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { JobView, JobsSummary } from './jobs-api';

function givenJob(overrides: Partial<JobView> = {}): JobView {
  return {
    id: 'job-1',
    kind: 'identity.welcome',
    key: 'welcome-user-1',
    payload: { linkId: 'link-1' },
    state: 'failed',
    dueAt: '2026-12-01T09:00:00+01:00',
    attempts: 8,
    maxAttempts: 8,
    lastError: '451 Try again later',
    failedAt: '2026-12-01T10:30:00+01:00',
    sentAt: null,
    outcome: null,
    createdAt: '2026-12-01T09:00:00+01:00',
    ...overrides,
  };
}

function givenSummary(overrides: Partial<JobsSummary> = {}): JobsSummary {
  return {
    counts: { failed: 2, pending: 1, scheduled: 12, sent: 340 },
    failedByKind: [
      { kind: 'identity.welcome', count: 1 },
      { kind: 'booking.reminder', count: 1 },
    ],
    oldestPendingDueAt: '2026-12-01T10:00:00+01:00',
    oldestPendingAgeSeconds: 150,
    transport: 'bullmq',
    dashboardPath: '/api/admin/queues',
    ...overrides,
  };
}

const FAILED = [
  givenJob(),
  givenJob({ id: 'job-2', kind: 'booking.reminder', key: 'reminder-booking-2', attempts: 5, maxAttempts: 5 }),
];

// The first navigation compiles the lazy network area, which takes more than Jest's 5 s on a busy machine.
jest.setTimeout(30_000);

describe('JobsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  async function settle(): Promise<void> {
    await tick();
    await harness.fixture.whenStable();
  }

  function listRequest(): TestRequest {
    return http.expectOne((request) => request.url === '/api/v1/admin/jobs');
  }
  function summaryRequest(): TestRequest {
    return http.expectOne((request) => request.url === '/api/v1/admin/jobs/summary');
  }

  async function open(summary: JobsSummary = givenSummary()): Promise<void> {
    const navigated = harness.navigateByUrl('/reseau/envois');
    await tick();
    const list = listRequest();
    expect(list.request.params.get('state')).toBe('failed');
    expect(list.request.params.get('limit')).toBe('20');
    list.flush({ items: FAILED, total: 2 });
    summaryRequest().flush(summary);
    await navigated;
    await settle();
    page = harness.routeNativeElement as HTMLElement;
  }

  function button(text: string): HTMLButtonElement {
    return [...page.querySelectorAll('button')].find((candidate) =>
      candidate.textContent?.trim().startsWith(text),
    ) as HTMLButtonElement;
  }

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
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'admin' })));
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  it('shows the counts and the failed messages, their kind in words, with a retry each', async () => {
    await open();
    const counts = [...page.querySelectorAll('.jobs__count')].map(
      (count) => `${count.querySelector('dt')?.textContent?.trim()}: ${count.querySelector('dd')?.textContent?.trim()}`,
    );
    expect(counts).toEqual(['Échoués: 2', 'En attente: 1', 'Programmés: 12', 'Envoyés ou sans objet: 340']);
    expect(page.textContent).toContain('Le plus ancien message en attente devait partir il y a 2 min');
    expect(page.textContent).toContain('Rappel de réservation (la veille) : 1');

    const rows = [...page.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows[0][0]).toBe('Bienvenue et confirmation d’adressewelcome-user-1');
    expect(rows[0][1]).toBe('Échoué');
    expect(rows[0][2]).toBe('8 sur 8');
    expect(rows[0][5]).toBe('451 Try again later');
    expect(rows[0][6]).toContain('Relancer');
    expect(rows[1][0]).toContain('Rappel de réservation (la veille)');
    expect(page.querySelector('tbody time')?.getAttribute('datetime')).toBe('2026-12-01T09:00:00+01:00');
    expect(page.querySelector('a[aria-current="page"]')?.textContent?.trim()).toBe('Envois et tâches');
  });

  it('retries a failed message, says so in the live region and reads the list and counts again', async () => {
    await open();
    button('Relancer').click();
    await tick();
    const retry = http.expectOne((request) => request.method === 'POST');
    expect(retry.request.url).toBe('/api/v1/admin/jobs/job-1/retry');
    retry.flush(givenJob({ state: 'pending', attempts: 0, failedAt: null, lastError: null }));
    await tick();
    listRequest().flush({ items: FAILED.slice(1), total: 1 });
    summaryRequest().flush(givenSummary({ counts: { failed: 1, pending: 2, scheduled: 12, sent: 340 } }));
    await settle();

    const status = page.querySelector('[role="status"]') as HTMLElement;
    expect(status.textContent?.trim()).toBe(
      '« Bienvenue et confirmation d’adresse » est relancé : il repart dans un instant.',
    );
    expect(document.activeElement).toBe(status);
    expect(page.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('says why a retry was refused, in an alert', async () => {
    await open();
    button('Relancer').click();
    await tick();
    http
      .expectOne((request) => request.method === 'POST')
      .flush(
        {
          type: 'https://bastide.gers.fr/problems/job-not-failed',
          title: 'Not a failed job',
          status: 409,
          detail: 'Only a failed message can be retried; this one is sent.',
        },
        { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await tick();
    listRequest().flush({ items: FAILED.slice(1), total: 1 });
    summaryRequest().flush(givenSummary());
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      '« Bienvenue et confirmation d’adresse » n’a pas pu être relancé. Seul un message qui a échoué peut être relancé',
    );
  });

  it('filters by state, back to the first page', async () => {
    await open();
    const select = page.querySelector('select') as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent?.trim()).toBe('Échoués');
    select.value = 'sent';
    select.dispatchEvent(new Event('change'));
    await tick();
    const sent = listRequest();
    expect(sent.request.params.get('state')).toBe('sent');
    expect(sent.request.params.get('offset')).toBe('0');
    sent.flush({
      items: [givenJob({ state: 'sent', failedAt: null, sentAt: '2026-12-01T09:00:02+01:00', outcome: 'skipped' })],
      total: 1,
    });
    await settle();
    expect(page.querySelector('tbody tr')?.textContent).toContain('sans objet');
    expect(button('Relancer')).toBeUndefined();

    select.value = 'all';
    select.dispatchEvent(new Event('change'));
    await tick();
    const all = listRequest();
    expect(all.request.params.has('state')).toBe(false);
    all.flush({ items: [], total: 0 });
    await settle();
    expect(page.textContent).toContain('Aucun message dans cet état.');
  });

  it('opens the queue dashboard in a new tab once its session cookie is set', async () => {
    await open();
    const tab = { opener: {}, location: { href: '' }, close: jest.fn() };
    const openTab = jest.spyOn(window, 'open').mockReturnValue(tab as unknown as Window);
    button('Ouvrir le tableau de bord des files').click();
    expect(openTab).toHaveBeenCalledWith('', '_blank');
    await tick();
    const session = http.expectOne((request) => request.method === 'POST');
    expect(session.request.url).toBe('/api/v1/admin/jobs/dashboard-session');
    session.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(tab.location.href).toBe('/api/admin/queues');
    expect(tab.opener).toBeNull();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('ouvert dans un nouvel onglet');
  });

  it('explains that there is no dashboard without Redis', async () => {
    await open(givenSummary({ transport: 'in_process', dashboardPath: null }));
    expect(button('Ouvrir le tableau de bord des files')).toBeUndefined();
    expect(page.textContent).toContain('il n’y a donc pas de tableau de bord des files');
  });
});
