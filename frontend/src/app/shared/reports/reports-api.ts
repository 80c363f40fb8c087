import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api/api-base-url';
import {
  CsvDecimal,
  EventsReport,
  NewcomersReport,
  OccupancyReport,
  ReportName,
  TeleworkDaysReport,
} from '../../core/api/reports.types';

/** Inclusive local dates, as every report takes them. */
export interface ReportPeriod {
  from: string;
  to: string;
}

export interface OccupancyQuery extends ReportPeriod {
  groupBy: string;
  siteId?: string;
  epciCode?: string;
}

export interface TeleworkDaysQuery extends ReportPeriod {
  groupBy: string;
}

export interface EventsQuery extends ReportPeriod {
  groupBy: string;
  siteId?: string;
}

/** Soho Solo newcomers settled in the period; `groupBy` one or two of `epci`, `year`. */
export interface NewcomersQuery extends ReportPeriod {
  groupBy: string;
}

export type ReportQuery = OccupancyQuery | TeleworkDaysQuery | EventsQuery | NewcomersQuery;

/** The network's figures (API.md § Reports): JSON for the dashboard, CSV and zip files to take away. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  occupancy(query: OccupancyQuery): Observable<OccupancyReport> {
    return this.http.get<OccupancyReport>(`${this.baseUrl}/reports/occupancy`, { params: paramsOf(query) });
  }

  teleworkDays(query: TeleworkDaysQuery): Observable<TeleworkDaysReport> {
    return this.http.get<TeleworkDaysReport>(`${this.baseUrl}/reports/telework-days`, { params: paramsOf(query) });
  }

  events(query: EventsQuery): Observable<EventsReport> {
    return this.http.get<EventsReport>(`${this.baseUrl}/reports/events`, { params: paramsOf(query) });
  }

  /** Officers only: the API answers 403 to anyone else. */
  newcomers(query: NewcomersQuery): Observable<NewcomersReport> {
    return this.http.get<NewcomersReport>(`${this.baseUrl}/reports/newcomers`, { params: paramsOf(query) });
  }

  /**
   * The same rows as a CSV file. Fetched through HttpClient (a bare link would go without the bearer token)
   * and kept as bytes, so the byte-order mark that spreadsheets need to read UTF-8 survives.
   */
  csv(report: ReportName, query: ReportQuery, decimal: CsvDecimal): Observable<Blob> {
    const params = paramsOf(query).set('format', 'csv').set('decimal', decimal);
    return this.http.get(`${this.baseUrl}/reports/${report}`, { params, responseType: 'blob' });
  }

  /** Every report of the period as a zip of CSV files (officers). */
  exportAll(period: ReportPeriod, decimal: CsvDecimal): Observable<Blob> {
    const params = paramsOf(period).set('decimal', decimal);
    return this.http.get(`${this.baseUrl}/reports/export`, { params, responseType: 'blob' });
  }
}

/** Leaves out the filters not chosen, so the API applies none rather than an empty one. */
function paramsOf(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'string' && value !== '') {
      params = params.set(name, value);
    }
  }
  return params;
}
