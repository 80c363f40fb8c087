import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, Subject, catchError, map, of, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { TerritoryApi } from '../../core/api/territory-api';
import { CommunePage, CommuneView } from '../../core/api/territory.types';
import { GERS_ALL_COMMUNES_LIMIT, GERS_DEPARTMENT } from './gers';

/** What the reader is looking for: part of a name or a postal code, and optionally one EPCI. */
export interface CommuneCriteria {
  text: string;
  epciCode: string | null;
}

export type CommuneSearchStatus = 'loading' | 'loaded' | 'failed';

export const COMMUNES_PAGE_SIZE = 20;

interface PageRequest {
  criteria: CommuneCriteria;
  offset: number;
}

type PageOutcome = { request: PageRequest; page: CommunePage } | { request: PageRequest; problem: ApiProblem };

/**
 * The Gers' communes matching the criteria, a page at a time ("show more" appends).
 * A new search cancels the request in flight, so a slow answer never overwrites a newer one.
 */
@Injectable()
export class CommuneSearch {
  private readonly api = inject(TerritoryApi);
  private readonly requests = new Subject<PageRequest>();
  private criteria: CommuneCriteria = { text: '', epciCode: null };

  readonly communes = signal<readonly CommuneView[]>([]);
  readonly total = signal(0);
  readonly status = signal<CommuneSearchStatus>('loading');
  readonly problem = signal<ApiProblem | null>(null);
  readonly canShowMore = computed(() => this.status() === 'loaded' && this.communes().length < this.total());

  constructor() {
    this.requests
      .pipe(
        switchMap((request) =>
          this.fetch(request).pipe(
            map((page): PageOutcome => ({ request, page })),
            catchError((error: unknown) => of<PageOutcome>({ request, problem: asApiProblem(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.settle(outcome));
  }

  search(criteria: CommuneCriteria): void {
    this.criteria = criteria;
    this.communes.set([]);
    this.total.set(0);
    this.load(0);
  }

  showMore(): void {
    this.load(this.communes().length);
  }

  /** Asks again for the page that failed: the first one, or the next one after those shown. */
  retry(): void {
    this.load(this.communes().length);
  }

  private load(offset: number): void {
    this.status.set('loading');
    this.problem.set(null);
    this.requests.next({ criteria: this.criteria, offset });
  }

  private settle(outcome: PageOutcome): void {
    if ('problem' in outcome) {
      this.problem.set(outcome.problem);
      this.status.set('failed');
      return;
    }
    const { request, page } = outcome;
    this.communes.update((shown) => (request.offset === 0 ? page.items : [...shown, ...page.items]));
    this.total.set(page.total);
    this.status.set('loaded');
  }

  private fetch({ criteria, offset }: PageRequest): Observable<CommunePage> {
    const q = criteria.text || undefined;
    const epciCode = criteria.epciCode;
    if (!epciCode) {
      return this.api.communes({ department: GERS_DEPARTMENT, q, limit: COMMUNES_PAGE_SIZE, offset });
    }
    return this.api.communes({ department: GERS_DEPARTMENT, q, limit: GERS_ALL_COMMUNES_LIMIT, offset: 0 }).pipe(
      map((page) => {
        const items = page.items.filter((commune) => commune.epciCode === epciCode);
        return { items, total: items.length };
      }),
    );
  }
}
