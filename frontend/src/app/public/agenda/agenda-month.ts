import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { EventView } from '../../core/api/events.types';
import { LanguageService } from '../../core/i18n/language';
import { longDate } from '../../core/time/local-dates';
import { eventDate, eventTimes, monthLabel, monthWeeks, weekdayNames } from './event-calendar';

/**
 * A month as a real table: weekdays as column headings, one row per week, each day's events as links.
 * Screen readers announce the weekday (column heading) and the full date (hidden text) of the cell they
 * enter; Tab goes from one event to the next in date order.
 */
@Component({
  selector: 'bastide-agenda-month',
  imports: [RouterLink, TranslatePipe],
  template: `
    <div class="agenda-month__scroll" tabindex="0" [attr.aria-labelledby]="captionId()">
      <table class="agenda-month">
        <caption class="visually-hidden" [id]="captionId()">
          {{
            'agenda.month.caption' | translate: { month: title() }
          }}
        </caption>
        <thead>
          <tr>
            @for (weekday of weekdays(); track weekday.long) {
              <th scope="col" [attr.abbr]="weekday.long">{{ weekday.short }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (week of weeks(); track week[0].date) {
            <tr>
              @for (day of week; track day.date) {
                <td
                  [class.agenda-month__day--outside]="!day.inMonth"
                  [class.agenda-month__day--today]="day.date === today()"
                  [attr.aria-current]="day.date === today() ? 'date' : null"
                >
                  <span class="agenda-month__number" aria-hidden="true">{{ dayNumber(day.date) }}</span>
                  <span class="visually-hidden">{{ dayLabel(day.date) }}</span>
                  @if (eventsOn(day.date); as events) {
                    <ul class="agenda-month__events">
                      @for (event of events; track event.id) {
                        <li [class.agenda-month__event--cancelled]="event.status === 'cancelled'">
                          <a [routerLink]="['/agenda', event.id]">
                            <span class="agenda-month__time">{{ start(event) }}</span>
                            {{ event.title }}
                            @if (event.status === 'cancelled') {
                              <span class="agenda-month__note">({{ 'agenda.cancelled' | translate }})</span>
                            }
                          </a>
                        </li>
                      }
                    </ul>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    /* A block that never grows wider than the page: on a phone the table scrolls inside it. */
    :host {
      display: block;
      min-width: 0;
      max-width: 100%;
    }

    /* Positioned, so that the hidden date of each day (absolutely placed) scrolls with its cell instead of
       widening the page. */
    .agenda-month__scroll {
      position: relative;
      overflow-x: auto;
    }

    .agenda-month {
      width: 100%;
      min-width: 42rem;
      border-collapse: collapse;
      table-layout: fixed;

      th {
        padding: 0.375rem;
        font: var(--mat-sys-label-large);
        text-align: start;
      }

      td {
        height: 6rem;
        padding: 0.25rem 0.375rem;
        border: 1px solid var(--mat-sys-outline-variant);
        vertical-align: top;
      }
    }

    .agenda-month__day--outside {
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
    }

    .agenda-month__day--today .agenda-month__number {
      display: inline-block;
      min-width: 1.75rem;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      text-align: center;
    }

    .agenda-month__number {
      font: var(--mat-sys-label-large);
    }

    .agenda-month__events {
      margin: 0.25rem 0 0;
      padding: 0;
      list-style: none;

      li + li {
        margin-top: 0.25rem;
      }

      a {
        display: block;
        font: var(--mat-sys-body-small);
        overflow-wrap: anywhere;
      }
    }

    .agenda-month__time {
      font-weight: 700;
    }

    .agenda-month__event--cancelled a {
      text-decoration: line-through;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaMonth {
  private readonly language = inject(LanguageService);

  readonly month = input.required<string>();
  readonly events = input.required<readonly EventView[]>();
  readonly today = input.required<string>();

  protected readonly title = computed(() => monthLabel(this.month(), this.language.current()));
  protected readonly captionId = computed(() => `agenda-month-${this.month()}`);
  protected readonly weeks = computed(() => monthWeeks(this.month()));
  protected readonly weekdays = computed(() => weekdayNames(this.language.current()));
  private readonly byDate = computed(() => {
    const days = new Map<string, EventView[]>();
    for (const event of this.events()) {
      const date = eventDate(event);
      days.set(date, [...(days.get(date) ?? []), event]);
    }
    return days;
  });

  protected eventsOn(date: string): EventView[] | null {
    return this.byDate().get(date) ?? null;
  }

  protected dayNumber(date: string): number {
    return Number(date.slice(8));
  }

  protected dayLabel(date: string): string {
    return longDate(date, this.language.current());
  }

  protected start(event: EventView): string {
    return eventTimes(event).start;
  }
}
