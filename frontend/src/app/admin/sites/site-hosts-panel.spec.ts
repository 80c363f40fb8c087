import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { givenSiteDetail } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { UserSummary } from '../network-api';
import { SiteHostsPanel } from './site-hosts-panel';

const SITE = givenSiteDetail({ id: 'site-1', name: 'Tiers-lieu d’Auch' });
const HELENE: UserSummary = {
  id: 'user-helene',
  email: 'helene.dupuy@example.fr',
  firstName: 'Hélène',
  lastName: 'Dupuy',
  role: 'member',
  homeCommuneCode: '32013',
};

describe('SiteHostsPanel: appointing a host', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SiteHostsPanel>;
  let panel: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        // The dialog then closes at once, as it does for a reader who asked for reduced motion.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SiteHostsPanel);
    fixture.componentRef.setInput('site', SITE);
    panel = fixture.nativeElement as HTMLElement;
    await settle();
    http.expectOne((request) => request.url === '/api/v1/sites/site-1/hosts').flush({ items: [], total: 0 });
    await settle();
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 10));
    fixture.detectChanges();
  }

  function button(name: string, within: ParentNode = panel): HTMLButtonElement {
    const found = [...within.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
    if (!found) {
      throw new Error(`No button "${name}"`);
    }
    return found;
  }

  function status(): string {
    return [...panel.querySelectorAll('[role="status"]')].map((region) => region.textContent?.trim()).join(' | ');
  }

  async function searchFor(text: string): Promise<void> {
    const input = panel.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    button('Chercher').click();
    await settle();
  }

  it('says when the site has no host yet', () => {
    expect(panel.textContent).toContain("Ce lieu n'a pas encore d'hôte.");
  });

  it('finds an account by name, appoints it, and says so in a polite live region', async () => {
    await searchFor('Dupuy');
    const search = http.expectOne((request) => request.url === '/api/v1/users');
    expect(search.request.params.get('q')).toBe('Dupuy');
    search.flush({ items: [HELENE], total: 1 });
    await settle();

    button('Désigner comme hôte Hélène Dupuy').click();
    const appoint = http.expectOne('/api/v1/sites/site-1/hosts/user-helene');
    expect(appoint.request.method).toBe('PUT');
    appoint.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(status()).toContain('Hélène Dupuy est désormais hôte de ce lieu.');
    const hosts = panel.querySelector('ul') as HTMLElement;
    expect(hosts.textContent).toContain('Hélène Dupuy');
    expect(hosts.textContent).toContain('helene.dupuy@example.fr');
    // Already a host: the candidate can no longer be appointed twice.
    expect(panel.textContent).toContain('Déjà hôte');
  });

  it('removes a host only once the officer confirmed', async () => {
    await searchFor('Dupuy');
    http.expectOne((request) => request.url === '/api/v1/users').flush({ items: [HELENE], total: 1 });
    await settle();
    button('Désigner comme hôte Hélène Dupuy').click();
    http.expectOne('/api/v1/sites/site-1/hosts/user-helene').flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    button('Retirer Hélène Dupuy').click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain("Hélène Dupuy n'accueillera plus à Tiers-lieu d’Auch.");
    button("Retirer l'hôte", dialog).click();
    await settle();
    await settle();

    const removal = http.expectOne('/api/v1/sites/site-1/hosts/user-helene');
    expect(removal.request.method).toBe('DELETE');
    removal.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(status()).toContain("Hélène Dupuy n'est plus hôte de ce lieu.");
    expect(panel.textContent).toContain("Ce lieu n'a pas encore d'hôte.");
  });

  it('shows why an appointment was refused', async () => {
    await searchFor('Dupuy');
    http.expectOne((request) => request.url === '/api/v1/users').flush({ items: [HELENE], total: 1 });
    await settle();

    button('Désigner comme hôte Hélène Dupuy').click();
    http
      .expectOne('/api/v1/sites/site-1/hosts/user-helene')
      .flush(
        { title: 'Not Found', status: 404, detail: 'No user user-helene' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(panel.querySelector('[role="alert"]')?.textContent?.trim()).toBe('No user user-helene');
  });
});

describe('SiteHostsPanel: the hosts of the site', () => {
  it('names each host the API lists, with the address an officer sees', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations('fr')],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SiteHostsPanel);
    fixture.componentRef.setInput('site', SITE);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      fixture.detectChanges();
    };
    await settle();
    http
      .expectOne((request) => request.url === '/api/v1/sites/site-1/hosts')
      .flush({
        items: [
          {
            userId: 'user-mathieu',
            appointedAt: '2026-01-05T10:00:00+01:00',
            firstName: 'Mathieu',
            lastName: 'Dupouy',
            email: 'mathieu.dupouy@example.fr',
          },
        ],
        total: 1,
      });
    await settle();
    const list = (fixture.nativeElement as HTMLElement).querySelector('ul') as HTMLElement;
    expect(list.textContent).toContain('Mathieu Dupouy');
    expect(list.textContent).toContain('mathieu.dupouy@example.fr');
    expect(list.textContent).not.toContain('user-mathieu');
    const remove = list.querySelector('button') as HTMLButtonElement;
    expect(remove.textContent?.replace(/\s+/g, ' ').trim()).toBe('Retirer Mathieu Dupouy');
    http.verify();
  });
});
