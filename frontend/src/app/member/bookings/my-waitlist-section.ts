import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { BookingApi } from '../../core/api/booking-api';
import { WaitlistEntry } from '../../core/api/booking.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { longDate } from '../../core/time/local-dates';
import { LoadProblem } from '../../shared/ui/load-problem';

/** "Mes listes d'attente": where the member waits for a place, in which position, and a way out of the line. */
@Component({
  selector: 'bastide-my-waitlist-section',
  imports: [LoadProblem, MatButtonModule, ProblemMessagePipe, TranslatePipe],
  template: `
    <section aria-labelledby="waitlist-title">
      <h2 id="waitlist-title">{{ 'waitlist.mine.title' | translate }}</h2>
      <div role="status" aria-live="polite">
        @if (left(); as left) {
          <p class="standing-cards__note">{{ 'waitlist.mine.left' | translate: words(left) }}</p>
        }
      </div>
      @if (failure(); as failure) {
        <p class="standing-cards__note standing-cards__note--error" role="alert">{{ failure | problemMessage }}</p>
      }
      @if (problem(); as problem) {
        <bastide-load-problem [problem]="problem" messageKey="waitlist.mine.loadFailed" (retry)="reload()" />
      }
      @if (entries(); as entries) {
        <ul class="standing-cards__list">
          @for (entry of entries; track entry.id) {
            <li class="standing-cards__item">
              <div>
                <p class="standing-cards__what">{{ 'waitlist.mine.what' | translate: words(entry) }}</p>
                <p>{{ 'waitlist.status.' + entry.status | translate: { position: entry.position } }}</p>
              </div>
              @if (entry.status === 'waiting') {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="acting() === entry.id"
                  [attr.aria-label]="'waitlist.mine.leaveLabel' | translate: words(entry)"
                  (click)="leave(entry)"
                >
                  {{ 'waitlist.mine.leave' | translate }}
                </button>
              }
            </li>
          } @empty {
            <li>{{ 'waitlist.mine.none' | translate }}</li>
          }
        </ul>
      }
    </section>
  `,
  styleUrl: './standing-cards.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyWaitlistSection {
  private readonly api = inject(BookingApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  private readonly found = rxResource({ stream: () => this.api.myWaitlist() });
  protected readonly entries = computed(() => (this.found.hasValue() ? this.found.value().items : null));
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly left = signal<WaitlistEntry | null>(null);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly acting = signal<string | null>(null);

  protected words(entry: WaitlistEntry): Record<string, string> {
    return {
      site: entry.siteName,
      date: longDate(entry.date, this.language.current()),
      slot: this.translate.instant(`booking.slots.${entry.slot}`) as string,
      kind: this.translate.instant(`booking.kinds.${entry.kind}`) as string,
    };
  }

  protected leave(entry: WaitlistEntry): void {
    this.acting.set(entry.id);
    this.left.set(null);
    this.failure.set(null);
    this.api.leaveWaitlist(entry.id).subscribe({
      next: () => {
        this.acting.set(null);
        this.left.set(entry);
        this.found.reload();
      },
      error: (error: unknown) => {
        this.acting.set(null);
        this.failure.set(asApiProblem(error));
      },
    });
  }

  reload(): void {
    this.found.reload();
  }
}
