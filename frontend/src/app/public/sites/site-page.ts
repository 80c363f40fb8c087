import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { asApiProblem } from '../../core/api/api-problem';
import { SitesApi } from '../../core/api/sites-api';
import { RESOURCE_KINDS, ResourceView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { LocaleNumberPipe } from '../../core/i18n/locale-number.pipe';
import { pluralKey } from '../../core/i18n/plural-key';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { OpeningHoursTable } from './opening-hours-table';

/** A local date (`2026-12-24`) written out in the reader's language: "jeudi 24 décembre 2026". */
export function longDate(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** One site of the network: where it is, what it offers, when it opens, and what can be booked there. */
@Component({
  selector: 'bastide-site-page',
  imports: [LoadProblem, LoadingIndicator, LocaleNumberPipe, OpeningHoursTable, RouterLink, TranslatePipe],
  templateUrl: './site-page.html',
  styleUrl: './site-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SitePage {
  private readonly api = inject(SitesApi);
  protected readonly language = inject(LanguageService);

  readonly slug = input.required<string>();

  private readonly found = rxResource({
    params: () => this.slug(),
    stream: ({ params }) => this.api.site(params),
  });

  protected readonly site = computed(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  /** Resources by kind, in a fixed order (desks first: what most members come for); empty kinds left out. */
  protected readonly resourceGroups = computed(() => {
    const resources = this.site()?.resources ?? [];
    return RESOURCE_KINDS.map((kind) => ({
      kind,
      resources: resources.filter((resource) => resource.kind === kind),
    })).filter((group) => group.resources.length > 0);
  });

  protected readonly closures = computed(() => {
    const language = this.language.current();
    return (this.site()?.upcomingClosures ?? []).map((closure) => ({
      ...closure,
      label: longDate(closure.date, language),
    }));
  });

  protected capacityKey(resource: ResourceView): string {
    return pluralKey('site.resources.capacity', resource.capacity, this.language.current());
  }

  protected retry(): void {
    this.found.reload();
  }
}
