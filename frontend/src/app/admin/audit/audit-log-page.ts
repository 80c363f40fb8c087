import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/i18n/language';
import { AuditEntryView, NetworkApi } from '../network-api';
import { NetworkNav } from '../network-nav';
import { pagedList } from '../paged-table/paged-list';
import { PagedTable } from '../paged-table/paged-table';

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
  imports: [NetworkNav, PagedTable, TranslatePipe],
  template: `
    <h1>{{ 'admin.audit.title' | translate }}</h1>
    <bastide-network-nav />
    <p>{{ 'admin.audit.intro' | translate }}</p>

    <bastide-paged-table
      [list]="list"
      captionKey="admin.audit.caption"
      [columnKeys]="columns"
      loadingKey="admin.audit.loading"
      loadFailedKey="admin.audit.loadFailed"
      emptyKey="admin.audit.none"
    >
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
    </bastide-paged-table>
  `,
  styleUrl: '../network-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly api = inject(NetworkApi);
  private readonly language = inject(LanguageService);

  protected readonly columns = [
    'admin.audit.at',
    'admin.audit.actor',
    'admin.audit.action',
    'admin.audit.subject',
    'admin.audit.details',
  ];
  protected readonly list = pagedList(
    AUDIT_PAGE_SIZE,
    () => null,
    (_, page) => this.api.auditLog(page),
  );
  protected readonly entries = computed(() => {
    const language = this.language.current();
    return (this.list.page()?.items ?? []).map((entry) => ({
      ...entry,
      time: auditTime(entry.at, language),
      detailText: auditDetails(entry.details),
    }));
  });
}
