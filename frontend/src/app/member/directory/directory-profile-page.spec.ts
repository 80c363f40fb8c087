import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { givenDirectoryProfile } from '../../testing/community-samples';
import { givenAuthResponse } from '../../testing/identity-samples';
import { LECTOURE_SITE, givenSite } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('DirectoryProfilePage', () => {
  let http: HttpTestingController;
  const auch = givenSite();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(givenAuthResponse());
  });

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(profile = givenDirectoryProfile()) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/mon-espace/annuaire/profil');
    await tick();
    http.expectOne('/api/v1/me/directory-profile').flush(profile);
    http.expectOne((request) => request.url === '/api/v1/sites').flush({ items: [auch, LECTOURE_SITE], total: 2 });
    // The section of stopped mails comes with the loaded card.
    for (let tries = 0; tries < 20; tries++) {
      if (harness.routeNativeElement?.querySelector('bastide-my-unsubscriptions-section')) break;
      await tick();
    }
    await tick();
    http
      .expectOne((request) => request.url === '/api/v1/me/unsubscriptions')
      .flush({
        items: [{ id: 'u1', siteId: auch.id, siteName: auch.name, createdAt: '2026-11-30T10:00:00+01:00' }],
        total: 1,
      });
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    const input = (selector: string) => page.querySelector(selector) as HTMLInputElement;
    return { harness, page, input, settle: () => harness.fixture.whenStable() };
  }

  it('explains that the card stays hidden until the member lists it, and offers the sites where they booked first', async () => {
    const { page, settle } = await open();

    const toggle = page.querySelector('mat-slide-toggle button[role="switch"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    const help = page.querySelector('#directory-profile-listed-help');
    expect(toggle.getAttribute('aria-describedby')).toContain('directory-profile-listed-help');
    expect(help?.textContent?.trim()).toBe('Votre fiche est cachée : personne ne la voit.');
    toggle.click();
    await settle();
    expect(help?.textContent?.trim()).toBe('Votre fiche est visible des membres connectés du réseau.');

    const sites = [...page.querySelectorAll('fieldset mat-checkbox')].map((box) => box.textContent?.trim());
    expect(sites[0]).toContain(LECTOURE_SITE.name);
    expect(sites[0]).toContain('vous y avez réservé');
    expect(sites[1]).toContain('Tiers-lieu d’Auch');
    expect(page.querySelectorAll('fieldset input[type="checkbox"]:checked')).toHaveLength(0);
  });

  it('adds skills as tags, then saves the whole card', async () => {
    const { page, input, settle } = await open();

    (page.querySelector('mat-slide-toggle button[role="switch"]') as HTMLButtonElement).click();
    const trade = input('input[formcontrolname="trade"]');
    trade.value = 'Graphiste';
    trade.dispatchEvent(new Event('input'));
    const skill = input('.directory-profile__skills input');
    for (const typed of ['  Mise   en Page', 'graphisme', 'mise en page']) {
      skill.value = typed;
      skill.dispatchEvent(new Event('input'));
      // A comma adds a skill as Enter does.
      skill.dispatchEvent(new KeyboardEvent('keydown', { key: typed === 'graphisme' ? ',' : 'Enter' }));
      await settle();
    }
    expect(
      [...page.querySelectorAll('.directory-profile__chips li')].map((chip) =>
        chip.textContent?.replace('×', '').trim(),
      ),
    ).toEqual(['mise en page', 'graphisme']);
    const remove = page.querySelector('.directory-profile__remove') as HTMLButtonElement;
    expect(remove.getAttribute('aria-label')).toBe('Retirer la compétence mise en page');
    (page.querySelector('fieldset input[type="checkbox"]') as HTMLInputElement).click();
    (page.querySelector('mat-checkbox input[type="checkbox"]') as HTMLInputElement).click();
    await settle();
    (page.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await tick();

    const save = http.expectOne('/api/v1/me/directory-profile');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({
      listed: true,
      trade: 'Graphiste',
      helpText: '',
      showEmail: true,
      skills: ['mise en page', 'graphisme'],
      siteIds: [LECTOURE_SITE.id],
    });
    save.flush(
      givenDirectoryProfile({
        listed: true,
        trade: 'Graphiste',
        showEmail: true,
        skills: ['mise en page', 'graphisme'],
        sites: [{ id: LECTOURE_SITE.id, name: LECTOURE_SITE.name }],
      }),
    );
    await settle();
    expect(page.querySelector('.directory-profile__saved')?.textContent?.trim()).toBe(
      "Fiche enregistrée : elle figure dans l'annuaire.",
    );
  });

  it('shows the server’s words for a refused site', async () => {
    const { page, settle } = await open(givenDirectoryProfile({ listed: true, trade: 'Juriste' }));

    (page.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await tick();
    http
      .expectOne('/api/v1/me/directory-profile')
      .flush(
        { title: 'Invalid input', status: 400, errors: [{ field: 'siteIds', message: 'no published site x' }] },
        { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Certains champs sont à corriger.');
    expect(page.querySelector('fieldset')?.textContent).toContain('no published site x');
  });

  it('lists the stopped announcements and receives them again', async () => {
    const { page, settle } = await open();

    const section = page.querySelector('bastide-my-unsubscriptions-section') as HTMLElement;
    expect(section.textContent).toContain('Annonces de Tiers-lieu d’Auch : vous ne les recevez plus');
    (section.querySelector('button') as HTMLButtonElement).click();
    await tick();
    http.expectOne({ method: 'DELETE', url: '/api/v1/me/unsubscriptions/u1' }).flush(null);
    await tick();
    http.expectOne((request) => request.url === '/api/v1/me/unsubscriptions').flush({ items: [], total: 0 });
    await settle();
    expect(section.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Vous recevrez à nouveau les annonces de Tiers-lieu d’Auch.',
    );
    expect(section.textContent).toContain('Vous recevez les annonces des lieux où vous avez réservé.');
  });
});
