import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { givenDirectoryEntry } from '../../testing/community-samples';
import { givenAuthResponse } from '../../testing/identity-samples';
import { LECTOURE_SITE, givenSite } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { SKILL_SUGGESTIONS_DEBOUNCE_MS } from './directory-page';

describe('DirectoryPage', () => {
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

  const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
  const directoryRequests = () => http.match((request) => request.url === '/api/v1/directory');

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/mon-espace/annuaire');
    await tick();
    http.expectOne((request) => request.url === '/api/v1/sites').flush({ items: [auch, LECTOURE_SITE], total: 2 });
    const [first] = directoryRequests();
    expect(first.request.params.get('limit')).toBe('24');
    first.flush({
      items: [
        givenDirectoryEntry({ email: 'lea.fourcade@example.fr' }),
        givenDirectoryEntry({
          userId: 'u2',
          firstName: 'Bruno',
          lastName: 'Baylac',
          trade: 'Plombier',
          skills: ['plomberie'],
          helpText: '',
          sites: [],
        }),
      ],
      total: 30,
    });
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    return { harness, page, settle: () => harness.fixture.whenStable() };
  }

  it('shows each listed member as a card, with an address only when they show one, and the count', async () => {
    const { page } = await open();

    expect(page.querySelector('h1')?.textContent).toContain('Annuaire des membres');
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('30 membres trouvés');
    const cards = [...page.querySelectorAll('article')];
    expect(cards.map((card) => card.querySelector('h2')?.textContent?.trim())).toEqual([
      'Léa Fourcade',
      'Bruno Baylac',
    ]);
    expect(cards[0].getAttribute('aria-labelledby')).toBe(cards[0].querySelector('h2')?.id);
    expect(cards[0].textContent).toContain('Graphiste');
    expect(cards[0].textContent).toContain('Je relis vos plaquettes.');
    expect(cards[0].textContent).toContain('Lieux : Tiers-lieu d’Auch');
    expect(cards[0].querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe('mailto:lea.fourcade@example.fr');
    expect(cards[1].querySelector('a[href^="mailto:"]')).toBeNull();
    expect(page.querySelector('form[role="search"]')).not.toBeNull();
  });

  it('searches a skill from a card, and by words and site from the form', async () => {
    const { page, settle } = await open();

    const skill = [...page.querySelectorAll<HTMLButtonElement>('.directory-card__skill')].find(
      (button) => button.textContent?.trim() === 'illustration',
    )!;
    expect(skill.getAttribute('aria-label')).toBe('Chercher les membres qui ont la compétence illustration');
    skill.click();
    await tick();
    const [bySkill] = directoryRequests();
    expect(bySkill.request.params.get('skill')).toBe('illustration');
    bySkill.flush({ items: [givenDirectoryEntry()], total: 1 });
    await settle();
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('1 membre trouvé');

    const words = page.querySelector<HTMLInputElement>('input[type="search"]')!;
    words.value = ' plaquettes ';
    words.dispatchEvent(new Event('input'));
    page.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await tick();
    const [byWords] = directoryRequests();
    expect(byWords.request.params.get('q')).toBe('plaquettes');
    expect(byWords.request.params.get('skill')).toBe('illustration');
    byWords.flush({ items: [], total: 0 });
    await settle();
    expect(page.textContent).toContain('Aucun membre ne correspond à ces critères.');
    // The skill suggestions were asked for while the skill was set.
    await tick(SKILL_SUGGESTIONS_DEBOUNCE_MS + 50);
    http
      .match((request) => request.url === '/api/v1/directory/skills')
      .forEach((r) => r.flush({ items: [], total: 0 }));
  });

  it('suggests skills as the member types, with how many members have each', async () => {
    const { page, settle } = await open();

    const skill = page.querySelectorAll<HTMLInputElement>('input[type="text"]')[0];
    skill.focus();
    skill.value = 'gra';
    skill.dispatchEvent(new Event('input'));
    await tick(SKILL_SUGGESTIONS_DEBOUNCE_MS + 50);
    const suggestion = http.expectOne((request) => request.url === '/api/v1/directory/skills');
    expect(suggestion.request.params.get('q')).toBe('gra');
    suggestion.flush({ items: [{ tag: 'graphisme', count: 3 }], total: 1 });
    await settle();
    const option = document.querySelector('mat-option');
    expect(option?.textContent?.trim()).toBe('graphisme (3)');
    (option as HTMLElement).click();
    await tick();
    const [chosen] = directoryRequests();
    expect(chosen.request.params.get('skill')).toBe('graphisme');
    chosen.flush({ items: [], total: 0 });
  });

  it('asks for more members while some are left', async () => {
    const { page, settle } = await open();

    const more = [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Afficher plus'))!;
    more.click();
    await tick();
    const [next] = directoryRequests();
    expect(next.request.params.get('limit')).toBe('48');
    next.flush({ items: [givenDirectoryEntry()], total: 1 });
    await settle();
    expect([...page.querySelectorAll('button')].some((b) => b.textContent?.includes('Afficher plus'))).toBe(false);
  });
});
