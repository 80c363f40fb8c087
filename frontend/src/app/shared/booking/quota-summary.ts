import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { AllowanceView } from '../../core/api/plans.types';
import { QuotaApi } from '../../core/api/quota-api';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { longDate } from '../../core/time/local-dates';

interface QuotaLine {
  /** The employer's or the plan's name. */
  name: string;
  key: string;
  params: Record<string, string>;
}

/**
 * What is left to book: the employer's telework contract and the member's plan, for the period that holds
 * `date` (the week or month of the day being booked). Said in words; a failure to load hides it, since
 * the booking itself still says when a quota is exceeded.
 */
@Component({
  selector: 'bastide-quota-summary',
  imports: [TranslatePipe],
  template: `
    @if (quota(); as quota) {
      <section class="quota-summary" aria-labelledby="quota-summary-title">
        <h2 id="quota-summary-title" class="quota-summary__title">{{ 'quotaSummary.title' | translate }}</h2>
        <ul>
          @for (line of lines(); track line.name) {
            <li>
              <strong>{{ line.name }}</strong> — {{ line.key | translate: line.params }}
            </li>
          }
          @if (quota.payAsYouGo) {
            <li>
              {{ (quota.contract ? 'profile.quota.payAsYouGoElsewhere' : 'profile.quota.payAsYouGo') | translate }}
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .quota-summary {
      max-width: 46rem;
      margin: 0 0 1rem;
      padding: 0.5rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }

    .quota-summary__title {
      margin: 0.25rem 0;
      font: var(--mat-sys-title-small);
    }

    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuotaSummary {
  private readonly api = inject(QuotaApi);
  private readonly language = inject(LanguageService);

  /** A local date; absent: today. */
  readonly date = input<string | undefined>();

  private readonly found = rxResource({
    params: () => ({ date: this.date() }),
    stream: ({ params }) => this.api.myQuota(params.date),
  });
  protected readonly quota = computed(() => (this.found.hasValue() ? this.found.value() : null));

  protected readonly lines = computed<QuotaLine[]>(() => {
    const quota = this.quota();
    if (!quota) {
      return [];
    }
    const lines: QuotaLine[] = [];
    if (quota.contract) {
      lines.push({ name: quota.employer?.name ?? quota.contract.name, ...this.left(quota.contract) });
    }
    if (quota.plan) {
      lines.push({ name: quota.plan.name, ...this.left(quota.plan) });
    }
    return lines;
  });

  /** After a booking or a cancellation, what is left has changed. */
  reload(): void {
    this.found.reload();
  }

  private left(allowance: AllowanceView): Omit<QuotaLine, 'name'> {
    if (allowance.remaining === null || allowance.period === null) {
      return { key: 'profile.quota.unlimited', params: {} };
    }
    const language = this.language.current();
    const number = (days: number) => new Intl.NumberFormat(language).format(days);
    return {
      key: pluralKey(`profile.quota.left.${allowance.period.unit}`, allowance.remaining, language),
      params: {
        count: number(allowance.remaining),
        used: number(allowance.used),
        from: longDate(allowance.period.from, language),
        until: allowance.period.until ? longDate(allowance.period.until, language) : '',
      },
    };
  }
}
