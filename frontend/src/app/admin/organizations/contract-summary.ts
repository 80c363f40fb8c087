import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { TeleworkContract } from '../../core/api/plans.types';
import { SiteView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { LocaleNumberPipe } from '../../core/i18n/locale-number.pipe';

/** "2 jours par semaine, dans tous les lieux" / "…, à Auch, Gimont" / "Aucun contrat". */
@Component({
  selector: 'bastide-contract-summary',
  imports: [LocaleNumberPipe, TranslatePipe],
  template: `
    @if (contract(); as contract) {
      {{
        'admin.organizations.daysPerWeekValue'
          | translate: { days: (contract.daysPerWeek | localeNumber: language.current()) }
      }},
      @if (siteNames().length === 0) {
        {{ 'admin.organizations.atAllSites' | translate }}
      } @else {
        {{ 'admin.organizations.atSites' | translate: { sites: siteNames().join(', ') } }}
      }
    } @else {
      {{ 'admin.organizations.noContract' | translate }}
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContractSummary {
  protected readonly language = inject(LanguageService);
  readonly contract = input.required<TeleworkContract | null>();
  readonly sites = input.required<readonly SiteView[]>();

  /** Names of the contract's sites; an id not among the loaded sites (not yet loaded) shows as itself. */
  protected readonly siteNames = computed(() => {
    const names = new Map(this.sites().map((site) => [site.id, site.name]));
    return (this.contract()?.siteIds ?? []).map((id) => names.get(id) ?? id);
  });
}
