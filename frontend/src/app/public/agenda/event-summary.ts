import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { EventView } from '../../core/api/events.types';
import { LanguageService } from '../../core/i18n/language';
import { eventTimes } from './event-calendar';
import { placesWords, registrationWords, whereWords } from './event-words';

/** One event of the agenda's list: what, when, where, how full, and the reader's own registration. */
@Component({
  selector: 'bastide-event-summary',
  imports: [RouterLink, TranslatePipe],
  template: `
    @let e = event();
    <article class="event-summary" [class.event-summary--cancelled]="e.status === 'cancelled'">
      <h3 class="event-summary__title">
        <a [routerLink]="['/agenda', e.id]">{{ e.title }}</a>
      </h3>
      <p class="event-summary__when">
        {{ 'agenda.times' | translate: times() }} — {{ where().key | translate: where().params }}
      </p>
      <p class="event-summary__tags">
        <span class="event-tag">{{ 'eventCategories.' + e.category | translate }}</span>
        @if (e.visibility === 'members') {
          <span class="event-tag event-tag--members">{{ 'agenda.membersOnly' | translate }}</span>
        }
        @if (e.status === 'cancelled') {
          <span class="event-tag event-tag--cancelled">{{ 'agenda.cancelled' | translate }}</span>
        }
      </p>
      @if (places(); as places) {
        <p class="event-summary__places">{{ places.key | translate: places.params }}</p>
      }
      @if (mine(); as mine) {
        <p class="event-summary__mine">
          <strong>{{ mine.key | translate: mine.params }}</strong>
        </p>
      }
    </article>
  `,
  styles: `
    .event-summary {
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);

      p {
        margin: 0.25rem 0 0;
      }
    }

    .event-summary__title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }

    .event-summary--cancelled .event-summary__title a {
      text-decoration: line-through;
    }

    .event-summary__tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }

    .event-tag {
      padding: 0.0625rem 0.5rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
    }

    .event-tag--members {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }

    .event-tag--cancelled {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventSummary {
  private readonly language = inject(LanguageService);

  readonly event = input.required<EventView>();

  protected readonly times = computed(() => eventTimes(this.event()));
  protected readonly where = computed(() => whereWords(this.event()));
  protected readonly places = computed(() => placesWords(this.event(), this.language.current()));
  protected readonly mine = computed(() => registrationWords(this.event().myRegistration));
}
