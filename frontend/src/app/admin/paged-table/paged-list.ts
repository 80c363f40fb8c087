import { Signal, WritableSignal, computed, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { PageEvent } from '@angular/material/paginator';
import { Observable } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { PageRequest } from '../network-api';

/** One page of an API list (`{ items, total }`). */
export interface ListPage<T> {
  items: T[];
  total: number;
}

/** A list read page by page from the API: what a paged table shows, and how the reader moves through it. */
export interface PagedList<T> {
  readonly pageSize: number;
  readonly pageIndex: WritableSignal<number>;
  /** The page last loaded; kept while the next one loads. */
  readonly page: Signal<ListPage<T> | null>;
  readonly isLoading: Signal<boolean>;
  readonly problem: Signal<ApiProblem | null>;
  turn(event: PageEvent): void;
  retry(): void;
}

/**
 * Loads `query()`'s results one page at a time, again whenever the query or the page changes. Call it in
 * an injection context (a field initialiser); a new query does not go back to the first page by itself:
 * set `pageIndex` to 0 when the reader searches anew.
 */
export function pagedList<Q, T>(
  pageSize: number,
  query: () => Q,
  load: (query: Q, page: PageRequest) => Observable<ListPage<T>>,
): PagedList<T> {
  const pageIndex = signal(0);
  const found = rxResource({
    params: () => ({ query: query(), offset: pageIndex() * pageSize }),
    stream: ({ params }) => load(params.query, { limit: pageSize, offset: params.offset }),
  });
  return {
    pageSize,
    pageIndex,
    page: computed(() => (found.hasValue() ? found.value() : null)),
    isLoading: found.isLoading,
    problem: computed(() => {
      const error = found.error();
      return error ? asApiProblem(error) : null;
    }),
    turn: (event) => pageIndex.set(event.pageIndex),
    retry: () => found.reload(),
  };
}
