import { Clipboard } from '@angular/cdk/clipboard';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { provideTestTranslations } from '../../testing/test-translations';
import { CalendarFeedPage } from './calendar-feed-page';

const FEED = '/api/v1/me/calendar-feed';
const FIRST = 'https://bastide.example.fr/api/v1/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics';
const SECOND = 'https://bastide.example.fr/api/v1/calendar/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.ics';

describe('CalendarFeedPage', () => {
  let http: HttpTestingController;
  const copied: string[] = [];

  beforeEach(() => {
    copied.length = 0;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        { provide: Clipboard, useValue: { copy: (text: string) => (copied.push(text), true) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open() {
    const fixture = TestBed.createComponent(CalendarFeedPage);
    fixture.detectChanges();
    const element: HTMLElement = fixture.nativeElement;
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const button = (name: string) =>
      [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name)!;
    const status = () => element.querySelector('[role="status"]')!.textContent!.trim();
    const input = () => element.querySelector('input') as HTMLInputElement | null;
    const link = (name: string) =>
      [...element.querySelectorAll('a')].find((candidate) => candidate.textContent?.trim() === name)!;
    return { element, settle, button, status, input, link };
  }

  it('shows the feed address, copies it, changes it and turns it off, saying each outcome', async () => {
    const { element, settle, button, status, input, link } = await open();
    http.expectOne({ method: 'GET', url: FEED }).flush({ url: FIRST });
    await settle();
    expect(input()!.value).toBe(FIRST);
    expect(input()!.readOnly).toBe(true);

    button('Copier le lien').click();
    await settle();
    expect(copied).toEqual([FIRST]);
    expect(status()).toBe('Lien copié.');

    // The same address as a subscription (webcal:) and as a file to download once.
    expect(link('S’abonner dans mon application d’agenda').getAttribute('href')).toBe(
      FIRST.replace('https:', 'webcal:'),
    );
    const download = link('Télécharger le fichier .ics');
    expect(download.getAttribute('href')).toBe(FIRST);
    expect(download.getAttribute('download')).toBe('bastide.ics');
    // Changing the link says beforehand what it breaks.
    const warning = element.querySelector(`#${button('Changer de lien').getAttribute('aria-describedby')}`);
    expect(warning?.textContent).toContain('l’ancien cessera aussitôt de fonctionner');

    button('Changer de lien').click();
    http.expectOne({ method: 'POST', url: FEED }).flush({ url: SECOND });
    await settle();
    expect(input()!.value).toBe(SECOND);
    expect(status()).toBe('Nouveau lien créé : l’ancien ne fonctionne plus.');

    button('Désactiver le lien').click();
    http.expectOne({ method: 'DELETE', url: FEED }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(input()).toBeNull();
    expect(status()).toBe('Lien désactivé : il ne fonctionne plus.');
    expect(button('Créer mon lien d’agenda')).toBeDefined();
  });

  it('offers to create a feed when the member has none, and shows a refusal as an alert', async () => {
    const { element, settle, button, status, input } = await open();
    http
      .expectOne({ method: 'GET', url: FEED })
      .flush(
        { type: 'about:blank', title: 'Not found', status: 404 },
        { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();
    expect(input()).toBeNull();
    expect(element.querySelector('[role="alert"]')!.textContent!.trim()).toBe('');

    button('Créer mon lien d’agenda').click();
    http
      .expectOne({ method: 'POST', url: FEED })
      .flush(
        { type: 'about:blank', title: 'Unavailable', status: 503 },
        { status: 503, statusText: 'Unavailable', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();
    expect(element.querySelector('[role="alert"]')!.textContent!.trim()).not.toBe('');
    expect(input()).toBeNull();

    button('Créer mon lien d’agenda').click();
    http.expectOne({ method: 'POST', url: FEED }).flush({ url: FIRST });
    await settle();
    expect(input()!.value).toBe(FIRST);
    expect(status()).toBe('Votre lien d’agenda est prêt.');
    expect(element.querySelector('[role="alert"]')!.textContent!.trim()).toBe('');
  });

  it('copies through the Clipboard API where the browser has it', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (written.push(text), Promise.resolve()) },
    });
    try {
      const { settle, button, status } = await open();
      http.expectOne({ method: 'GET', url: FEED }).flush({ url: FIRST });
      await settle();
      button('Copier le lien').click();
      // The copy resolves a promise, then the page says so.
      await Promise.resolve();
      await settle();
      expect(written).toEqual([FIRST]);
      expect(copied).toEqual([]);
      expect(status()).toBe('Lien copié.');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('explains how to subscribe in Google, Outlook, Apple and Thunderbird, one panel each', async () => {
    const { element, settle } = await open();
    http.expectOne({ method: 'GET', url: FEED }).flush({ url: FIRST });
    await settle();
    const headers = [...element.querySelectorAll('mat-expansion-panel-header')] as HTMLElement[];
    expect(headers.map((header) => header.textContent!.trim())).toEqual([
      'Google Agenda',
      'Outlook',
      'Calendrier d’Apple (Mac, iPhone, iPad)',
      'Thunderbird',
    ]);
    expect(headers.every((header) => header.getAttribute('aria-expanded') === 'false')).toBe(true);
    headers[0].click();
    await settle();
    expect(headers[0].getAttribute('aria-expanded')).toBe('true');
    const steps = [...element.querySelectorAll('mat-expansion-panel')][0].querySelectorAll('ol > li');
    expect(steps).toHaveLength(4);
    expect(steps[2].textContent).toContain('À partir de l’URL');
  });
});
