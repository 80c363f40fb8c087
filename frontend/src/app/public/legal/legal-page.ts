import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { asApiProblem } from '../../core/api/api-problem';
import { LegalApi, LegalPageName } from '../../core/api/legal-api';
import { LanguageService } from '../../core/i18n/language';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';

/** The i18n key of each page's name, used while its text loads and in the route's title. */
export const LEGAL_PAGE_TITLES: Record<LegalPageName, string> = {
  accessibility: 'legal.accessibility.pageTitle',
  privacy: 'legal.privacy.pageTitle',
  'legal-notice': 'legal.legalNotice.pageTitle',
};

/**
 * One of the footer's legal pages: the title and body the network wrote (`LEGAL_CONTENT_DIR` on the server),
 * in the reader's language, loaded again when they switch. The body is the API's safe Markdown rendering, which
 * writes only a fixed set of tags; Angular's sanitizer checks it once more.
 */
@Component({
  selector: 'bastide-legal-page',
  imports: [LoadProblem, LoadingIndicator, TranslatePipe],
  template: `
    <article class="legal-page">
      @if (view(); as view) {
        <h1>{{ view.title }}</h1>
        <div class="legal-page__body" [innerHTML]="view.html"></div>
      } @else {
        <h1>{{ titleKey() | translate }}</h1>
        @if (loadProblem(); as problem) {
          <bastide-load-problem [problem]="problem" messageKey="legal.loadFailed" (retry)="retry()" />
        } @else {
          <bastide-loading-indicator labelKey="legal.loading" />
        }
      }
    </article>
  `,
  styles: `
    .legal-page {
      max-width: 48rem;
      overflow-wrap: anywhere;
    }

    /* The body is the API's HTML, outside this component's emulated styles; scoped by the class instead. */
    .legal-page__body h2 {
      margin-top: 2rem;
    }

    /* Sub-sections: the global h3 is a body-sized title, too close to the text in a long document. */
    .legal-page__body h3 {
      margin-top: 1.5rem;
      font: var(--mat-sys-title-large);
    }

    .legal-page__body h4 {
      margin: 1.25rem 0 0.5rem;
      font: var(--mat-sys-title-medium);
      font-weight: 600;
    }

    .legal-page__body li {
      margin-bottom: 0.25rem;
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LegalPage {
  private readonly api = inject(LegalApi);
  private readonly language = inject(LanguageService);

  /** From the route's data. */
  readonly legalPage = input.required<LegalPageName>();
  protected readonly titleKey = computed(() => LEGAL_PAGE_TITLES[this.legalPage()]);

  private readonly found = rxResource({
    params: () => ({ page: this.legalPage(), lang: this.language.current() }),
    stream: ({ params }) => this.api.page(params.page, params.lang),
  });
  protected readonly view = computed(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  protected retry(): void {
    this.found.reload();
  }
}
