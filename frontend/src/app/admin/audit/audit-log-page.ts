import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { TranslatePipe } from '@ngx-translate/core';
import { asApiProblem } from '../../core/api/api-problem';
import { LanguageService } from '../../core/i18n/language';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { AuditEntryView, NetworkApi } from '../network-api';
import { NetworkNav } from '../network-nav';

export const AUDIT_PAGE_SIZE = 25;

/** "mardi 1 décembre 2026 à 09:00" in the reader's language, in the network's time zone. */
export function auditTime(at: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(at));
}

/** Details as `key: value` pairs, for a reader rather than a parser. */
export function auditDetails(details: AuditEntryView['details']): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}

/** What officers and hosts did to others' data, newest first: the trail the GDPR asks the network to keep. */
@Component({
  selector: 'bastide-audit-log-page',
  imports: [LoadProblem, LoadingIndicator, MatPaginatorModule, NetworkNav, TranslatePipe],
  template: `
    <h1>{{ 'admin.audit.title' | translate }}</h1>
    <bastide-network-nav />
    <p>{{ 'admin.audit.intro' | translate }}</p>

    @if (isLoading()) {
      <bastide-loading-indicator labelKey="admin.audit.loading" />
    }
    @if (problem(); as problem) {
      <bastide-load-problem [problem]="problem" messageKey="admin.audit.loadFailed" (retry)="retry()" />
    }
    @if (page(); as page) {
      @if (entries().length > 0) {
        <table class="network-table">
          <caption class="visually-hidden">
            {{
              'admin.audit.caption' | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'admin.audit.at' | translate }}</th>
              <th scope="col">{{ 'admin.audit.actor' | translate }}</th>
              <th scope="col">{{ 'admin.audit.action' | translate }}</th>
              <th scope="col">{{ 'admin.audit.subject' | translate }}</th>
              <th scope="col">{{ 'admin.audit.details' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of entries(); track entry.id) {
              <tr>
                <th scope="row">
                  <time [attr.datetime]="entry.at">{{ entry.time }}</time>
                </th>
                <td>
                  {{ 'admin.roles.' + entry.actorRole | translate }}<br />
                  <code>{{ entry.actorId }}</code>
                </td>
                <td>
                  <code>{{ entry.action }}</code>
                </td>
                <td>
                  {{ entry.subjectType }}<br />
                  <code>{{ entry.subjectId }}</code>
                </td>
                <td>{{ entry.detailText }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'admin.audit.none' | translate }}</p>
      }
      <mat-paginator
        [length]="page.total"
        [pageIndex]="pageIndex()"
        [pageSize]="pageSize"
        [hidePageSize]="true"
        [showFirstLastButtons]="true"
        (page)="turn($event)"
      />
    }
  `,
  styleUrl: '../network-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly api = inject(NetworkApi);
  private readonly language = inject(LanguageService);

  protected readonly pageSize = AUDIT_PAGE_SIZE;
  protected readonly pageIndex = signal(0);

  private readonly found = rxResource({
    params: () => this.pageIndex() * AUDIT_PAGE_SIZE,
    stream: ({ params }) => this.api.auditLog({ limit: AUDIT_PAGE_SIZE, offset: params }),
  });
  protected readonly page = computed(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly entries = computed(() => {
    const language = this.language.current();
    return (this.page()?.items ?? []).map((entry) => ({
      ...entry,
      time: auditTime(entry.at, language),
      detailText: auditDetails(entry.details),
    }));
  });
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  protected turn(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected retry(): void {
    this.found.reload();
  }
}
