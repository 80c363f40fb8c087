import { Injectable, Provider } from '@angular/core';
import { Observable } from 'rxjs';
import { CommuneQuery, TerritoryApi } from '../../core/api/territory-api';
import { CommunePage } from '../../core/api/territory.types';
import { GERS_DEPARTMENT } from '../../public/territory/gers';

/**
 * The territory API narrowed to the Gers: a site of the network is in the department, so the commune
 * picker, given this in place of the whole country, only suggests Gers communes.
 */
@Injectable()
export class GersTerritoryApi extends TerritoryApi {
  override communes(query: CommuneQuery): Observable<CommunePage> {
    return super.communes({ ...query, department: GERS_DEPARTMENT });
  }
}

export const provideGersCommunes = (): Provider => ({ provide: TerritoryApi, useClass: GersTerritoryApi });
