import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, map, skip } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { SitesApi } from '../../core/api/sites-api';
import { SITE_AMENITIES, SiteView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { LocaleNumberPipe } from '../../core/i18n/locale-number.pipe';
import { pluralKey } from '../../core/i18n/plural-key';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { GersEpcis } from '../territory/gers-epcis';
import { SitesMap } from './sites-map';

export const SITE_SEARCH_DEBOUNCE_MS = 300;

/** Query parameters may repeat (`?amenity=a&amenity=b`): the router gives a string or a list. */
function asList(value: string | string[] | undefined): string[] {
  if (value === undefined || value === '') {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

/**
 * The network's published sites, filtered by EPCI, amenities and text, as a list and on a map.
 * The filters live in the address, so a search can be bookmarked and shared.
 */
@Component({
  selector: 'bastide-site-directory-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    LocaleNumberPipe,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    SitesMap,
    TranslatePipe,
  ],
  providers: [GersEpcis],
  templateUrl: './site-directory-page.html',
  styleUrl: './site-directory-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteDirectoryPage {
  private readonly api = inject(SitesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly gersEpcis = inject(GersEpcis);
  protected readonly language = inject(LanguageService);

  readonly epci = input<string | undefined>();
  readonly amenity = input<string | string[] | undefined>();
  readonly q = input<string | undefined>();

  protected readonly amenityChoices = SITE_AMENITIES;
  protected readonly chosenAmenities = computed(() => asList(this.amenity()));
  protected readonly text = signal('');

  private readonly criteria = computed(() => ({
    epciCode: this.epci() || null,
    amenities: this.chosenAmenities(),
    q: this.q()?.trim() || null,
  }));

  private readonly found = rxResource({
    params: () => this.criteria(),
    stream: ({ params }) => this.api.sites(params),
  });

  protected readonly sites = computed<readonly SiteView[]>(() =>
    this.found.hasValue() ? this.found.value().items : [],
  );
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly foundKey = computed(() => pluralKey('sites.found', this.sites().length, this.language.current()));

  private readonly settledText = toSignal(
    toObservable(this.text).pipe(
      // The first value is the one read from the address: it is not a new search.
      skip(1),
      debounceTime(SITE_SEARCH_DEBOUNCE_MS),
      map((text) => text.trim()),
      distinctUntilChanged(),
    ),
  );

  constructor() {
    effect(() => {
      const q = this.q() ?? '';
      untracked(() => this.text.set(q));
    });
    effect(() => {
      const text = this.settledText();
      if (text !== undefined && text !== (untracked(this.q) ?? '')) {
        untracked(() => this.filter({ q: text || null }));
      }
    });
  }

  protected onTextInput(event: Event): void {
    this.text.set((event.target as HTMLInputElement).value);
  }

  protected chooseEpci(code: string): void {
    this.filter({ epci: code || null });
  }

  protected chooseAmenities(amenities: string[]): void {
    this.filter({ amenity: amenities.length ? amenities : null });
  }

  protected retry(): void {
    this.found.reload();
  }

  private filter(queryParams: Record<string, string | string[] | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
