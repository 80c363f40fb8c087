import { Signal, computed } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Observable } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';

/** A report the dashboard shows: its answer once loaded, whether it is loading, what went wrong. */
export interface LoadedReport<T> {
  value: Signal<T | null>;
  loading: Signal<boolean>;
  problem: Signal<ApiProblem | null>;
  reload: () => void;
}

/**
 * Loads a report again whenever its query changes; `undefined` params load nothing (a report the reader
 * may not see, or a period still being typed).
 */
export function loadedReport<P, T>(params: () => P | undefined, stream: (params: P) => Observable<T>): LoadedReport<T> {
  const resource = rxResource({ params, stream: ({ params }) => stream(params) });
  return {
    value: computed(() => (resource.hasValue() ? resource.value() : null)),
    loading: resource.isLoading,
    problem: computed(() => {
      const error = resource.error();
      return error ? asApiProblem(error) : null;
    }),
    reload: () => resource.reload(),
  };
}
