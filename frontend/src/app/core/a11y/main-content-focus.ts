import { DOCUMENT } from '@angular/common';
import { DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * A full page load puts keyboard and screen-reader users back at the top; a client-side navigation
 * would leave their focus on the link they followed. Moving focus to the main content on every
 * change of page (not of query string: a filter is not a new page) restores what they expect.
 * Call from an injection context.
 */
export function focusMainContentOnPageChange(): void {
  const router = inject(Router);
  const document = inject(DOCUMENT);
  let previousPath: string | null = null;
  router.events
    .pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe((event) => {
      const path = event.urlAfterRedirects.split(/[?#]/)[0];
      if (previousPath !== null && path !== previousPath) {
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }
      previousPath = path;
    });
}

/** Skip links cannot rely on `href="#…"`: with a `<base href>` the browser would navigate to the home page. */
export function focusMainContent(document: Document): void {
  document.getElementById(MAIN_CONTENT_ID)?.focus();
}
