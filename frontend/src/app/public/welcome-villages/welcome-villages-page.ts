import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { asApiProblem } from '../../core/api/api-problem';
import { WelcomeVillagesApi } from '../../core/api/welcome-villages-api';
import { VILLAGE_OFFERS, VillageOffer, WelcomeVillageView } from '../../core/api/welcome-villages.types';
import { LanguageService } from '../../core/i18n/language';
import { LocaleNumberPipe } from '../../core/i18n/locale-number.pipe';
import { pluralKey } from '../../core/i18n/plural-key';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { WelcomeVillagesMap, villageAnchor } from './welcome-villages-map';

/** Query parameters may repeat (`?offer=school&offer=fibre`): the router gives a string or a list. */
function asList(value: string | string[] | undefined): string[] {
  if (value === undefined || value === '') {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

/**
 * The published welcome villages, to help people choose where to settle: filtered by what they offer and by
 * EPCI, as a list (everything, relay included) and on a map, with the way to the intake form. The filters
 * live in the address, so a choice can be bookmarked and shared. Every village is fetched once (a handful,
 * within one page) and filtered here, so that the filters answer at once.
 */
@Component({
  selector: 'bastide-welcome-villages-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    LocaleNumberPipe,
    MatCheckboxModule,
    MatFormFieldModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    WelcomeVillagesMap,
  ],
  templateUrl: './welcome-villages-page.html',
  styleUrl: './welcome-villages-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WelcomeVillagesPage {
  private readonly api = inject(WelcomeVillagesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService);

  readonly epci = input<string | undefined>();
  readonly offer = input<string | string[] | undefined>();

  protected readonly offerChoices = VILLAGE_OFFERS;
  protected readonly chosenOffers = computed(
    () => asList(this.offer()).filter((offer) => VILLAGE_OFFERS.includes(offer as VillageOffer)) as VillageOffer[],
  );
  protected readonly anchor = villageAnchor;

  private readonly found = rxResource({ stream: () => this.api.list() });
  private readonly all = computed<readonly WelcomeVillageView[]>(() =>
    this.found.hasValue() ? this.found.value().items : [],
  );
  /** The EPCIs that have a welcome village, by name: an EPCI without one would only lead to an empty list. */
  protected readonly epcis = computed(() => {
    const names = new Map<string, string>();
    for (const village of this.all()) {
      if (village.epciCode && village.epciName) {
        names.set(village.epciCode, village.epciName);
      }
    }
    return [...names].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  });
  protected readonly villages = computed<readonly WelcomeVillageView[]>(() => {
    const epci = this.epci() || null;
    const offers = this.chosenOffers();
    return this.all().filter(
      (village) =>
        (epci === null || village.epciCode === epci) && offers.every((offer) => village.offers.includes(offer)),
    );
  });
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly foundKey = computed(() =>
    pluralKey('welcomeVillages.public.found', this.villages().length, this.language.current()),
  );

  /** The description in the reader's language; the French one when there is no English. */
  protected description(village: WelcomeVillageView): string {
    return this.language.current() === 'en' && village.descriptionEn ? village.descriptionEn : village.descriptionFr;
  }

  protected toggleOffer(offer: VillageOffer, checked: boolean): void {
    const offers = this.chosenOffers().filter((chosen) => chosen !== offer);
    if (checked) {
      offers.push(offer);
    }
    this.filter({ offer: offers.length ? VILLAGE_OFFERS.filter((known) => offers.includes(known)) : null });
  }

  protected chooseEpci(code: string): void {
    this.filter({ epci: code || null });
  }

  protected retry(): void {
    this.found.reload();
  }

  private filter(queryParams: Record<string, string | string[] | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
