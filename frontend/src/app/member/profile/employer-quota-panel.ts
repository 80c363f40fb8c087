import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { asApiProblem } from '../../core/api/api-problem';
import { AllowanceView } from '../../core/api/plans.types';
import { QuotaApi } from '../../core/api/quota-api';
import { SitesApi } from '../../core/api/sites-api';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { longDate } from '../../core/time/local-dates';
import { LoadProblem } from '../../shared/ui/load-problem';

/** One line of the panel: a translation key and its parameters. */
interface Phrase {
  key: string;
  params: Record<string, string>;
}

/**
 * The member's employer (read-only: the network's officers attach it), the telework contract it holds with
 * the network, the member's plan, and how many days are left of each in the current period.
 */
@Component({
  selector: 'bastide-employer-quota-panel',
  imports: [LoadProblem, TranslatePipe],
  template: `
    <section class="employer-quota" aria-labelledby="employer-quota-title">
      <h2 id="employer-quota-title">{{ 'profile.quota.title' | translate }}</h2>
      @if (problem(); as problem) {
        <bastide-load-problem [problem]="problem" messageKey="profile.quota.loadFailed" (retry)="retry()" />
      }
      @if (quota(); as quota) {
        <h3>{{ 'profile.quota.employerTitle' | translate }}</h3>
        <p>{{ quota.employer ? quota.employer.name : ('profile.quota.noEmployer' | translate) }}</p>
        <p class="employer-quota__note">{{ 'profile.quota.employerNote' | translate }}</p>

        @if (contract(); as contract) {
          <h3>{{ 'profile.quota.contractTitle' | translate }}</h3>
          <p>{{ contract.terms.key | translate: contract.terms.params }}</p>
          <p class="employer-quota__left">{{ contract.left.key | translate: contract.left.params }}</p>
        }

        <h3>{{ 'profile.quota.planTitle' | translate }}</h3>
        @if (plan(); as plan) {
          <p>{{ plan.terms.key | translate: plan.terms.params }}</p>
          <p class="employer-quota__left">{{ plan.left.key | translate: plan.left.params }}</p>
        } @else {
          <p>{{ 'profile.quota.noPlan' | translate }}</p>
        }
        @if (quota.payAsYouGo) {
          <p>{{ (quota.contract ? 'profile.quota.payAsYouGoElsewhere' : 'profile.quota.payAsYouGo') | translate }}</p>
        }
      }
    </section>
  `,
  styles: `
    .employer-quota {
      margin-top: 2.5rem;
    }

    h3 {
      margin: 1rem 0 0.25rem;
      font: var(--mat-sys-title-small);
    }

    p {
      margin: 0 0 0.25rem;
    }

    .employer-quota__note {
      color: var(--mat-sys-on-surface-variant);
    }

    .employer-quota__left {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmployerQuotaPanel {
  private readonly api = inject(QuotaApi);
  private readonly sitesApi = inject(SitesApi);
  private readonly language = inject(LanguageService);

  private readonly found = rxResource({ stream: () => this.api.myQuota() });
  protected readonly quota = computed(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  /** Names of the published sites, for a contract that covers some of them. */
  private readonly sites = rxResource({ stream: () => this.sitesApi.sites({}) });
  private readonly siteNames = computed(
    () => new Map((this.sites.hasValue() ? this.sites.value().items : []).map((site) => [site.id, site.name])),
  );

  protected readonly contract = computed(() => {
    const contract = this.quota()?.contract;
    if (!contract) {
      return null;
    }
    const names = contract.siteIds.map((id) => this.siteNames().get(id)).filter((name) => name !== undefined);
    const days = this.number(contract.days ?? 0);
    const terms: Phrase =
      contract.siteIds.length === 0
        ? { key: 'profile.quota.contractEverywhere', params: { days } }
        : names.length
          ? { key: 'profile.quota.contractAt', params: { days, sites: names.join(', ') } }
          : { key: 'profile.quota.contractSomeSites', params: { days } };
    return { terms, left: this.left(contract) };
  });

  protected readonly plan = computed(() => {
    const plan = this.quota()?.plan;
    if (!plan) {
      return null;
    }
    const allowance = this.number(plan.days ?? 0);
    const terms: Phrase = plan.validUntil
      ? {
          key: `profile.quota.planUntil.${plan.planKind}`,
          params: { name: plan.name, days: allowance, until: longDate(plan.validUntil, this.language.current()) },
        }
      : { key: `profile.quota.plan.${plan.planKind}`, params: { name: plan.name, days: allowance } };
    return { terms, left: this.left(plan) };
  });

  protected retry(): void {
    this.found.reload();
  }

  /** "Il vous reste 1,5 jour cette semaine (du lundi 16 mars au dimanche 22 mars)." */
  private left(allowance: AllowanceView): Phrase {
    if (allowance.remaining === null || allowance.period === null) {
      return { key: 'profile.quota.unlimited', params: {} };
    }
    const language = this.language.current();
    const period = allowance.period;
    return {
      key: pluralKey(`profile.quota.left.${period.unit}`, allowance.remaining, language),
      params: {
        count: this.number(allowance.remaining),
        used: this.number(allowance.used),
        from: longDate(period.from, language),
        until: period.until ? longDate(period.until, language) : '',
      },
    };
  }

  private number(days: number): string {
    return new Intl.NumberFormat(this.language.current()).format(days);
  }
}
