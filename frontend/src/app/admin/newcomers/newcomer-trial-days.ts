import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { map, of, switchMap } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { newIdempotencyKey } from '../../core/api/booking-api';
import { SitesApi } from '../../core/api/sites-api';
import { TrialDaysApi } from '../../core/api/trial-days-api';
import { TRIAL_DAY_SLOTS, TrialDay, TrialDaySlot } from '../../core/api/trial-days.types';
import { LanguageService } from '../../core/i18n/language';
import { dateTime, fullName, localDate } from './newcomer-words';

/** Sites offered in the trial day's list: the nearest first, enough to cover a department's network. */
export const SUGGESTED_SITES_LIMIT = 20;
/** Shown as "suggested" above the form. */
export const SUGGESTIONS_SHOWN = 5;

/**
 * The tiers-lieux part of a newcomer's file: the published sites nearest their wishes, the trial day an
 * officer offers at one of them (the invitation goes by mail), and the invitations' states.
 */
@Component({
  selector: 'bastide-newcomer-trial-days',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  templateUrl: './newcomer-trial-days.html',
  styleUrl: './newcomer-trial-days.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewcomerTrialDays {
  private readonly api = inject(TrialDaysApi);
  private readonly sitesApi = inject(SitesApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  readonly newcomerId = input.required<string>();
  /** Something changed on the file (its timeline has a new line). */
  readonly changed = output<void>();

  protected readonly slots = TRIAL_DAY_SLOTS;

  private readonly suggested = rxResource({
    params: () => this.newcomerId(),
    // A file that names no place we can find still gets a trial day: every published site, by name.
    stream: ({ params }) =>
      this.api.suggestedSites(params, SUGGESTED_SITES_LIMIT).pipe(
        switchMap((page) =>
          page.origin
            ? of(page)
            : this.sitesApi.sites({}).pipe(
                map((all) => ({
                  origin: null,
                  items: all.items.map(({ id, name, slug, communeCode, communeName }) => ({
                    id,
                    name,
                    slug,
                    communeCode,
                    communeName,
                    epciCode: null,
                    distanceKm: null,
                  })),
                  total: all.total,
                })),
              ),
        ),
      ),
  });
  protected readonly suggestions = computed(() => {
    if (!this.suggested.hasValue()) {
      return null;
    }
    const page = this.suggested.value();
    const km = new Intl.NumberFormat(this.language.current(), { maximumFractionDigits: 1 });
    return {
      origin: page.origin,
      sites: page.items.map((site) => ({
        ...site,
        distance: site.distanceKm === null ? null : km.format(site.distanceKm),
      })),
      shown: page.items
        .slice(0, SUGGESTIONS_SHOWN)
        .map((site) => ({ ...site, distance: site.distanceKm === null ? null : km.format(site.distanceKm) })),
    };
  });
  protected readonly suggestionsFailed = computed(() => this.suggested.error() !== undefined);

  private readonly invitations = rxResource({
    params: () => this.newcomerId(),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly trialDays = computed(() => {
    if (!this.invitations.hasValue()) {
      return [];
    }
    const language = this.language.current();
    return this.invitations.value().items.map((trialDay) => ({
      ...trialDay,
      day: localDate(trialDay.date, language),
      offeredByName: trialDay.offeredBy ? fullName(trialDay.offeredBy) : null,
      expires: dateTime(trialDay.expiresAt, language),
    }));
  });

  protected readonly form = new FormGroup({
    siteId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    date: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    slot: new FormControl<TrialDaySlot>('full_day', { nonNullable: true }),
    /** Empty: any free desk, chosen when they accept. */
    resourceId: new FormControl('', { nonNullable: true }),
  });
  /** Reset through its directive, so that the emptied day of a sent offer shows no error. */
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly siteId = signal('');
  private readonly site = rxResource({
    params: () => this.siteId(),
    stream: ({ params }) => (params ? this.sitesApi.site(params) : of(null)),
  });
  protected readonly desks = computed(() =>
    this.site.hasValue() ? (this.site.value()?.resources ?? []).filter((r) => r.kind === 'desk') : [],
  );

  /** Kept while the same offer is retried after a failure, so that it is not made twice. */
  private offerKey = newIdempotencyKey();
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly failed = signal(false);

  constructor() {
    this.form.controls.siteId.valueChanges.subscribe((id) => {
      this.form.controls.resourceId.setValue('');
      this.siteId.set(id);
    });
    // The nearest site is chosen to begin with.
    effect(() => {
      const first = this.suggestions()?.sites[0];
      if (first && !this.form.controls.siteId.value) {
        this.form.controls.siteId.setValue(first.id);
      }
    });
  }

  protected offer(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { siteId, date, slot, resourceId } = this.form.getRawValue();
    this.run(
      this.api.offer(this.newcomerId(), { siteId, date, slot, ...(resourceId ? { resourceId } : {}) }, this.offerKey),
      'newcomers.trialDays.offered',
      () => {
        this.offerKey = newIdempotencyKey();
        this.formDirective()?.resetForm({ ...this.form.getRawValue(), date: '' });
      },
    );
  }

  protected withdraw(trialDay: TrialDay): void {
    this.run(this.api.withdraw(this.newcomerId(), trialDay.id), 'newcomers.trialDays.withdrawn');
  }

  protected retrySuggestions(): void {
    this.suggested.reload();
  }

  private run(request: ReturnType<TrialDaysApi['withdraw']>, doneKey: string, after: () => void = () => undefined) {
    this.busy.set(true);
    this.notice.set('');
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.failed.set(false);
        this.notice.set(this.translate.instant(doneKey));
        after();
        this.invitations.reload();
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failed.set(true);
        const problem = asApiProblem(error);
        this.notice.set(
          this.translate.instant('newcomers.file.actionFailed', { reason: problem.detail ?? problem.title }),
        );
      },
    });
  }
}
