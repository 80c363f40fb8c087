import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { asApiProblem } from '../../core/api/api-problem';
import { BookingApi } from '../../core/api/booking-api';
import { LoadProblem } from '../../shared/ui/load-problem';

/**
 * Who waits for a place at the site that day, first in line first: the host sees who will be booked
 * automatically when someone cancels.
 */
@Component({
  selector: 'bastide-site-waitlist-section',
  imports: [LoadProblem, TranslatePipe],
  template: `
    <section aria-labelledby="site-waitlist-title">
      <h2 id="site-waitlist-title">{{ 'waitlist.site.title' | translate }}</h2>
      @if (problem(); as problem) {
        <bastide-load-problem [problem]="problem" messageKey="waitlist.site.loadFailed" (retry)="reload()" />
      }
      @if (entries(); as entries) {
        @if (entries.length) {
          <table class="site-waitlist">
            <caption class="visually-hidden">
              {{
                'waitlist.site.caption' | translate
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'waitlist.site.columns.position' | translate }}</th>
                <th scope="col">{{ 'waitlist.site.columns.member' | translate }}</th>
                <th scope="col">{{ 'waitlist.site.columns.what' | translate }}</th>
                <th scope="col">{{ 'waitlist.site.columns.status' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (entry of entries; track entry.id) {
                <tr>
                  <td>{{ entry.position ?? '—' }}</td>
                  <th scope="row">{{ entry.firstName }} {{ entry.lastName }}</th>
                  <td>
                    {{ 'booking.kinds.' + entry.kind | translate }}, {{ 'booking.slots.' + entry.slot | translate }}
                  </td>
                  <td>{{ 'waitlist.site.status.' + entry.status | translate }}</td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p>{{ 'waitlist.site.none' | translate }}</p>
        }
      }
    </section>
  `,
  styles: `
    .site-waitlist {
      border-collapse: collapse;

      th,
      td {
        padding: 0.5rem 0.75rem;
        text-align: left;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteWaitlistSection {
  private readonly api = inject(BookingApi);

  readonly siteId = input.required<string>();
  readonly date = input.required<string>();

  private readonly found = rxResource({
    params: () => ({ siteId: this.siteId(), date: this.date() }),
    stream: ({ params }) => this.api.siteWaitlist(params.siteId, params.date),
  });
  protected readonly entries = computed(() => (this.found.hasValue() ? this.found.value().items : null));
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  /** After a cancellation the first in line may have been booked. */
  reload(): void {
    this.found.reload();
  }
}
