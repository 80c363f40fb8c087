import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { givenAnnouncement, givenAnnouncementPreview } from '../../testing/community-samples';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenSiteDetail } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('HostAnnouncementsPage', () => {
  let http: HttpTestingController;
  const site = givenSiteDetail();
  const base = `/api/v1/sites/${site.id}/announcements`;

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
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'host', hostedSiteIds: [site.id] })));
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(history = [givenAnnouncement()]) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/hote/lieux/${site.id}/annonces`);
    await tick();
    http.expectOne(`/api/v1/sites/${site.id}`).flush(site);
    http
      .expectOne((request) => request.url === base && request.method === 'GET')
      .flush({
        items: history,
        total: history.length,
      });
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const field = page.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    const button = (name: string, within: ParentNode = page) =>
      [...within.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name)!;
    return { harness, page, type, button, settle: () => harness.fixture.whenStable() };
  }

  it('previews the mail as members get it, with how many will get it, sending nothing', async () => {
    const { page, type, button, settle } = await open();

    expect(page.querySelector('h1')?.textContent).toContain(`Annonces de ${site.name}`);
    type('input[formcontrolname="subject"]', ' Fermeture vendredi ');
    type('textarea', 'Le lieu sera **fermé** vendredi.');
    button('Prévisualiser').click();
    await tick();
    const preview = http.expectOne(`${base}/preview`);
    expect(preview.request.body).toEqual({
      subject: 'Fermeture vendredi',
      body: 'Le lieu sera **fermé** vendredi.',
      monthsBack: 3,
      locale: 'fr',
    });
    preview.flush(givenAnnouncementPreview());
    await settle();

    const pane = page.querySelector('.announcements__preview') as HTMLElement;
    expect(pane.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      '12 destinataires (réservations depuis le mardi 1 septembre 2026)',
    );
    // The whole mail, in a frame that runs no script.
    const frame = pane.querySelector('iframe.announcements__mail') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.title).toBe('Aperçu');
    expect(frame.srcdoc).toBe(givenAnnouncementPreview().html);
    expect(pane.textContent).toContain('Tiers-lieu d’Auch : Fermeture vendredi');
  });

  it('asks before sending, naming the count, then sends once with an Idempotency-Key and lists it', async () => {
    const { page, type, button, settle } = await open([]);

    expect(page.textContent).toContain('Aucune annonce envoyée depuis ce lieu.');
    type('input[formcontrolname="subject"]', 'Fermeture vendredi');
    type('textarea', 'Le lieu sera fermé vendredi.');
    button('Envoyer…').click();
    await tick();
    http.expectOne(`${base}/preview`).flush(givenAnnouncementPreview());
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('« Fermeture vendredi » partira par courriel à 12 membres.');
    button('Envoyer', dialog).click();
    await tick();

    const send = http.expectOne((request) => request.url === base && request.method === 'POST');
    expect(send.request.body).toEqual({
      subject: 'Fermeture vendredi',
      body: 'Le lieu sera fermé vendredi.',
      monthsBack: 3,
    });
    expect(send.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{32,36}$/);
    send.flush(givenAnnouncement(), { status: 201, statusText: 'Created' });
    await tick();
    http
      .expectOne((request) => request.url === base && request.method === 'GET')
      .flush({
        items: [givenAnnouncement()],
        total: 1,
      });
    await settle();

    expect(page.querySelector('.announcements__sent')?.textContent?.trim()).toBe('Annonce envoyée à 12 membres.');
    expect(page.querySelector('.announcements__list summary')?.textContent).toContain('Fermeture vendredi');
    expect(page.querySelector('.announcements__list summary')?.textContent).toContain(
      '12 destinataires, par Camille Martin',
    );
    expect((page.querySelector('input[formcontrolname="subject"]') as HTMLInputElement).value).toBe('');
    // The emptied form is ready for the next announcement, not flagged as wrong.
    expect(page.querySelector('mat-error')).toBeNull();
  });

  it('sends nothing when the host cancels, and says so when the day’s announcement is gone already', async () => {
    const { page, type, button, settle } = await open();

    type('input[formcontrolname="subject"]', 'Encore');
    type('textarea', 'Un autre message.');
    button('Envoyer…').click();
    await tick();
    http.expectOne(`${base}/preview`).flush(givenAnnouncementPreview({ recipientCount: 1 }));
    await settle();
    let dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('à 1 membre.');
    button('Annuler', dialog).click();
    await settle();
    http.expectNone((request) => request.url === base && request.method === 'POST');

    button('Envoyer…').click();
    await tick();
    http.expectOne(`${base}/preview`).flush(givenAnnouncementPreview());
    await settle();
    dialog = document.querySelectorAll('mat-dialog-container')[0] as HTMLElement;
    button('Envoyer', dialog).click();
    await tick();
    http
      .expectOne((request) => request.url === base && request.method === 'POST')
      .flush(
        {
          type: 'https://bastide.example/problems/announcement-daily-limit',
          title: 'One announcement a day',
          status: 429,
          detail: 'This site has already sent an announcement today.',
        },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();
    expect(page.querySelector('.announcements__problem')?.textContent?.trim()).toBe(
      "Ce lieu a déjà envoyé une annonce aujourd'hui : la prochaine pourra partir demain.",
    );
  });

  it('refuses to preview without a subject and a message, and takes the focus there', async () => {
    const { page, button, settle } = await open();

    button('Prévisualiser').click();
    await settle();
    http.expectNone(`${base}/preview`);
    expect(page.textContent).toContain("Donnez un objet à l'annonce.");
    expect(document.activeElement).toBe(page.querySelector('input[formcontrolname="subject"]'));
  });
});
