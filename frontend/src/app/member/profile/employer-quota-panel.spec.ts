import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { QuotaView } from '../../core/api/plans.types';
import { givenAllowance, givenQuota } from '../../testing/plans-samples';
import { givenSite } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { EmployerQuotaPanel } from './employer-quota-panel';

const AUCH = givenSite({ id: 'site-auch', name: 'Tiers-lieu d’Auch' });

describe('EmployerQuotaPanel', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<EmployerQuotaPanel>;

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function render(quota: QuotaView | null, language: 'fr' | 'en' = 'fr'): Promise<string> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations(language),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EmployerQuotaPanel);
    fixture.detectChanges();
    await tick();
    const asked = http.expectOne('/api/v1/me/quota');
    if (quota) {
      asked.flush(quota);
    } else {
      asked.flush({ title: 'Service Unavailable', status: 503 }, { status: 503, statusText: 'Service Unavailable' });
    }
    http.expectOne((request) => request.url === '/api/v1/sites').flush({ items: [AUCH], total: 1 });
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ') ?? '';
  }

  afterEach(() => http.verify());

  it('says a member with neither employer nor plan books pay-as-you-go, and who attaches an employer', async () => {
    const text = await render(givenQuota());
    expect(text).toContain("Aucun employeur n'est enregistré pour votre compte.");
    expect(text).toContain('Ce sont les responsables du réseau qui rattachent votre compte à votre employeur.');
    expect(text).toContain("Vous n'avez pas de forfait.");
    expect(text).toContain('Vos réservations sont à la carte, sans limite de jours.');
  });

  it('shows the employer, its contract at named sites and the half-day left this week', async () => {
    const text = await render(
      givenQuota({
        employer: { id: 'org-aero', name: 'Aéro Toulouse' },
        contract: givenAllowance({ siteIds: ['site-auch'] }),
        payAsYouGo: true,
      }),
    );
    expect(text).toContain('Aéro Toulouse');
    expect(text).toContain('2 j par semaine, à : Tiers-lieu d’Auch.');
    expect(text).toContain(
      'Il vous reste 0,5 jour cette semaine (du lundi 16 mars 2026 au dimanche 22 mars 2026) : 1,5 j réservés.',
    );
    expect(text).toContain('Hors des lieux du contrat de votre employeur, vos réservations sont à la carte');
  });

  it('shows a pack with its end date and what is left of it, in English too', async () => {
    const quota = givenQuota({
      plan: givenAllowance({
        id: 'held-1',
        name: 'Carnet 10 jours',
        planKind: 'pack',
        days: 10,
        period: { unit: 'validity', from: '2026-03-01', until: '2026-06-30' },
        used: 4,
        remaining: 6,
        validUntil: '2026-06-30',
      }),
      payAsYouGo: false,
    });
    const french = await render(quota);
    expect(french).toContain(
      'Carnet 10 jours : carnet de 10 j, valable jusqu’au mardi 30 juin 2026.'.replace('’', "'"),
    );
    expect(french).toContain('Il vous reste 6 jours sur votre carnet : 4 j réservés.');
    expect(french).not.toContain('à la carte');
    TestBed.resetTestingModule();
    const english = await render(quota, 'en');
    expect(english).toContain('Carnet 10 jours: a pack of 10 d, valid until Tuesday, June 30, 2026.');
    expect(english).toContain('6 days left of your pack: 4 d booked.');
  });

  it('says when nothing is left, and an unlimited plan has no limit', async () => {
    const text = await render(
      givenQuota({
        employer: { id: 'org-aero', name: 'Aéro Toulouse' },
        contract: givenAllowance({ used: 2, remaining: 0 }),
        plan: givenAllowance({
          id: 'held-2',
          name: 'Résident',
          planKind: 'unlimited',
          days: null,
          period: null,
          used: 0,
          remaining: null,
          validUntil: null,
        }),
        payAsYouGo: false,
      }),
    );
    expect(text).toContain('Plus aucun jour cette semaine');
    expect(text).toContain('Résident : illimité.');
    expect(text).toContain('Sans limite de jours.');
  });

  it('says when the quota could not be loaded', async () => {
    const text = await render(null);
    expect(text).toContain("Votre employeur et votre forfait n'ont pas pu être chargés.");
  });
});
