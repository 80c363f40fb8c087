import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { OpeningHours } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';

/** ISO order: the week starts on Monday in France, whatever the browser's locale says. */
export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

/** "08:30" as the reader's language writes a time ("08:30" in French, "08:30 AM" in English). */
export function localTime(time: string, language: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, hours, minutes),
  );
}

/** A site's week: one row per day, each with its ranges, or "closed". */
@Component({
  selector: 'bastide-opening-hours-table',
  imports: [TranslatePipe],
  template: `
    <table class="opening-hours">
      <caption class="visually-hidden">
        {{
          'site.hours.caption' | translate
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'site.hours.day' | translate }}</th>
          <th scope="col">{{ 'site.hours.hours' | translate }}</th>
        </tr>
      </thead>
      <tbody>
        @for (day of days(); track day.key) {
          <tr>
            <th scope="row">{{ 'days.' + day.key | translate }}</th>
            <td>
              @for (range of day.ranges; track $index) {
                <span class="opening-hours__range">{{
                  'site.hours.range' | translate: { from: range.from, to: range.to }
                }}</span>
              } @empty {
                {{ 'site.hours.closed' | translate }}
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .opening-hours {
      border-collapse: collapse;
      min-width: 18rem;
    }

    th,
    td {
      padding: 0.375rem 1rem 0.375rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
    }

    tbody th {
      font-weight: 600;
    }

    .opening-hours__range {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpeningHoursTable {
  private readonly language = inject(LanguageService);

  readonly hours = input.required<OpeningHours>();

  protected readonly days = computed(() => {
    const hours = this.hours();
    const language = this.language.current();
    return WEEK_DAYS.map((key) => ({
      key,
      ranges: (hours[key] ?? []).map(([from, to]) => ({
        from: localTime(from, language),
        to: localTime(to, language),
      })),
    }));
  });
}
