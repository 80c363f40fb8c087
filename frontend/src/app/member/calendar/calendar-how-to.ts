import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatExpansionModule } from '@angular/material/expansion';
import { TranslatePipe } from '@ngx-translate/core';

/** The calendar applications members use most, each with the number of steps its how-to has. */
const CLIENTS = [
  { id: 'google', steps: 4 },
  { id: 'outlook', steps: 4 },
  { id: 'apple', steps: 4 },
  { id: 'thunderbird', steps: 5 },
] as const;

/**
 * How to subscribe to the feed in Google Calendar, Outlook, Apple Calendar and Thunderbird: one panel each,
 * closed at first, so the member opens only their own application's steps.
 */
@Component({
  selector: 'bastide-calendar-how-to',
  imports: [MatExpansionModule, TranslatePipe],
  template: `
    <section class="calendar-how-to" aria-labelledby="calendar-how-to-title">
      <h2 id="calendar-how-to-title">{{ 'calendarFeed.howTo.title' | translate }}</h2>
      <p>{{ 'calendarFeed.howTo.intro' | translate }}</p>
      <mat-accordion multi>
        @for (client of clients; track client.id) {
          <mat-expansion-panel>
            <mat-expansion-panel-header>
              <mat-panel-title>{{ 'calendarFeed.howTo.' + client.id + '.name' | translate }}</mat-panel-title>
            </mat-expansion-panel-header>
            <ol>
              @for (step of stepsOf(client.steps); track step) {
                <li>{{ 'calendarFeed.howTo.' + client.id + '.step' + step | translate }}</li>
              }
            </ol>
            <p class="calendar-how-to__note">{{ 'calendarFeed.howTo.' + client.id + '.note' | translate }}</p>
          </mat-expansion-panel>
        }
      </mat-accordion>
      <p class="calendar-how-to__note">{{ 'calendarFeed.howTo.refresh' | translate }}</p>
    </section>
  `,
  styles: `
    .calendar-how-to {
      margin-top: 2rem;
    }

    ol {
      margin: 0 0 0.75rem;
      padding-left: 1.5rem;
    }

    li + li {
      margin-top: 0.25rem;
    }

    .calendar-how-to__note {
      margin: 0.75rem 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarHowTo {
  protected readonly clients = CLIENTS;

  protected stepsOf(count: number): number[] {
    return Array.from({ length: count }, (_, index) => index + 1);
  }
}
