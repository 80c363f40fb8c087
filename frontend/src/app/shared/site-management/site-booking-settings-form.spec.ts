import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { SiteDetailView } from '../../core/api/sites.types';
import { givenSiteDetail } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { SiteBookingSettingsForm, cutoffOf } from './site-booking-settings-form';

describe('cutoffOf', () => {
  it('counts the notice in minutes, as the API does, and keeps only the fields of the kind', () => {
    expect(cutoffOf('minutes_before', 1.5, '18:00')).toEqual({ kind: 'minutes_before', minutes: 90 });
    expect(cutoffOf('day_before_at', 24, '17:30')).toEqual({ kind: 'day_before_at', time: '17:30' });
    expect(cutoffOf('until_start', 24, '18:00')).toEqual({ kind: 'until_start' });
  });
});

describe('SiteBookingSettingsForm', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SiteBookingSettingsForm>;
  let element: HTMLElement;
  let emitted: SiteDetailView[];

  async function render(language: 'fr' | 'en', site: SiteDetailView): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations(language),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SiteBookingSettingsForm);
    fixture.componentRef.setInput('site', site);
    emitted = [];
    fixture.componentInstance.changed.subscribe((changed) => emitted.push(changed));
    element = fixture.nativeElement as HTMLElement;
    await settle();
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    fixture.detectChanges();
  }

  afterEach(() => http.verify());

  function field(label: string): HTMLInputElement | HTMLTextAreaElement {
    const found = [...element.querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    );
    if (!found) throw new Error(`No field "${label}"`);
    return found.querySelector('input, textarea') as HTMLInputElement;
  }

  function type(label: string, value: string): void {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function radio(label: string): HTMLInputElement {
    const found = [...element.querySelectorAll('mat-radio-button')].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    if (!found) throw new Error(`No radio button "${label}"`);
    return found.querySelector('input') as HTMLInputElement;
  }

  function submit(name: string): void {
    const button = [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
    (button as HTMLButtonElement).click();
  }

  it("shows the site's rules: a cut-off of 90 minutes as 1.5 hours, check-in, release time, access", async () => {
    await render(
      'fr',
      givenSiteDetail({
        cancellationCutoff: { kind: 'minutes_before', minutes: 90 },
        checkInRequired: true,
        noShowReleaseTime: '11:00',
        accessInstructions: 'Code 4721',
      }),
    );
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Règles de réservation');
    expect(radio('Jusqu’à un délai avant le début').checked).toBe(true);
    expect(field('Délai avant le début (en heures)').value).toBe('1.5');
    expect((element.querySelector('mat-checkbox input') as HTMLInputElement).checked).toBe(true);
    expect(field('Libérer les places non occupées à').value).toBe('11:00');
    expect(field('Instructions d’accès').value).toBe('Code 4721');
  });

  it('saves a cut-off the evening before, check-in and blank instructions as none, and says so', async () => {
    await render('fr', givenSiteDetail({ id: 'site-1', accessInstructions: 'Code 4721' }));
    // "Until the start" asks nothing more; "the day before at" asks the time.
    expect(element.querySelector('input[type="time"][formcontrolname="cutoffTime"]')).toBeNull();
    radio('Jusqu’à une heure donnée la veille').click();
    await settle();
    type('Heure limite la veille', '17:30');
    (element.querySelector('mat-checkbox input') as HTMLInputElement).click();
    type('Libérer les places non occupées à', '10:00');
    type('Instructions d’accès', '   ');
    submit('Enregistrer les règles de réservation');

    const request = http.expectOne('/api/v1/sites/site-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      cancellationCutoff: { kind: 'day_before_at', time: '17:30' },
      checkInRequired: true,
      noShowReleaseTime: '10:00',
      accessInstructions: null,
    });
    const saved = givenSiteDetail({ id: 'site-1', cancellationCutoff: { kind: 'day_before_at', time: '17:30' } });
    request.flush(saved);
    await settle();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('Règles de réservation enregistrées.');
    expect(emitted).toEqual([saved]);
  });

  it('refuses a notice beyond a week before asking the API, and focuses the field', async () => {
    await render('en', givenSiteDetail({ id: 'site-1' }));
    radio('Until some time before the start').click();
    await settle();
    type('Notice before the start (hours)', '200');
    await settle();
    submit('Save the booking rules');
    await settle();
    http.expectNone('/api/v1/sites/site-1');
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Give a notice between 0.5 and 168 hours.');
    expect(document.activeElement).toBe(field('Notice before the start (hours)'));
  });

  it("shows the API's refusal next to the field it names", async () => {
    await render('en', givenSiteDetail({ id: 'site-1' }));
    submit('Save the booking rules');
    http.expectOne('/api/v1/sites/site-1').flush(
      {
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid.',
        errors: [{ field: 'accessInstructions', message: 'accessInstructions must not contain NUL characters' }],
      },
      { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await settle();
    const error = field('Access instructions').closest('mat-form-field')?.querySelector('mat-error');
    expect(error?.textContent?.trim()).toBe('accessInstructions must not contain NUL characters');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('The request is invalid.');
  });
});
