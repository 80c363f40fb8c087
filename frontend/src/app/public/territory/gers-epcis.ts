import { Injectable, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { TerritoryApi } from '../../core/api/territory-api';
import { EpciView } from '../../core/api/territory.types';
import { GERS_DEPARTMENT, GERS_EPCIS_LIMIT } from './gers';

/**
 * The Gers' EPCIs, loaded once per page and shared by the directory and the commune filter.
 * Provided by the page, not the root, so leaving and coming back shows fresh figures.
 */
@Injectable()
export class GersEpcis {
  private readonly api = inject(TerritoryApi);

  private readonly resource = rxResource({
    stream: () => this.api.epcis(GERS_DEPARTMENT, GERS_EPCIS_LIMIT),
  });

  readonly isLoading = this.resource.isLoading;
  readonly epcis = computed<readonly EpciView[]>(() => (this.resource.hasValue() ? this.resource.value().items : []));
  readonly problem = computed<ApiProblem | null>(() => {
    const error = this.resource.error();
    return error ? asApiProblem(error) : null;
  });

  nameOf(code: string): string | null {
    return this.epcis().find((epci) => epci.code === code)?.name ?? null;
  }

  retry(): void {
    this.resource.reload();
  }
}
