import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { CommunityApi } from '../../core/api/community-api';
import { Unsubscription } from '../../core/api/community.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LoadProblem } from '../../shared/ui/load-problem';

/** The community mails the member stopped (one site's announcements, or all), each to receive again. */
@Component({
  selector: 'bastide-my-unsubscriptions-section',
  imports: [LoadProblem, MatButtonModule, ProblemMessagePipe, TranslatePipe],
  template: `
    <section class="my-unsubscriptions" aria-labelledby="my-unsubscriptions-title">
      <h2 id="my-unsubscriptions-title">{{ 'unsubscriptions.title' | translate }}</h2>
      @if (loadProblem(); as problem) {
        <bastide-load-problem [problem]="problem" messageKey="unsubscriptions.loadFailed" (retry)="found.reload()" />
      }
      <div role="alert">
        @if (actionProblem(); as problem) {
          <p class="my-unsubscriptions__problem">{{ problem | problemMessage }}</p>
        }
      </div>
      @if (items(); as items) {
        @if (items.length === 0) {
          <p>{{ 'unsubscriptions.none' | translate }}</p>
        } @else {
          <ul>
            @for (item of items; track item.id) {
              <li>
                <span>{{
                  item.siteName
                    ? ('unsubscriptions.site' | translate: { site: item.siteName })
                    : ('unsubscriptions.all' | translate)
                }}</span>
                <button mat-stroked-button type="button" (click)="resubscribe(item)">
                  {{ 'unsubscriptions.resubscribe' | translate }}
                  <span class="visually-hidden">{{
                    item.siteName
                      ? ('unsubscriptions.site' | translate: { site: item.siteName })
                      : ('unsubscriptions.all' | translate)
                  }}</span>
                </button>
              </li>
            }
          </ul>
        }
      }
      <p role="status">
        @if (resubscribed(); as done) {
          {{
            done.siteName
              ? ('unsubscriptions.doneSite' | translate: { site: done.siteName })
              : ('unsubscriptions.doneAll' | translate)
          }}
        }
      </p>
    </section>
  `,
  styles: `
    .my-unsubscriptions {
      margin-top: 2rem;
      padding-top: 1rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }

    .my-unsubscriptions li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin-bottom: 0.5rem;
    }

    .my-unsubscriptions__problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyUnsubscriptionsSection {
  private readonly api = inject(CommunityApi);

  protected readonly found = rxResource({ stream: () => this.api.myUnsubscriptions() });
  protected readonly items = computed(() => (this.found.hasValue() ? this.found.value().items : null));
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly actionProblem = signal<ApiProblem | null>(null);
  protected readonly resubscribed = signal<{ siteName: string | null } | null>(null);

  protected resubscribe(item: Unsubscription): void {
    this.actionProblem.set(null);
    this.api.resubscribe(item.id).subscribe({
      next: () => {
        this.resubscribed.set({ siteName: item.siteName });
        this.found.reload();
      },
      error: (error: unknown) => this.actionProblem.set(asApiProblem(error)),
    });
  }
}
