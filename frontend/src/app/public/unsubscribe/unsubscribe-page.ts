import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { CommunityApi } from '../../core/api/community-api';
import { UnsubscribeView } from '../../core/api/community.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { Session } from '../../core/auth/session';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';

/**
 * Where the links of community mails lead: no sign-in needed. Opening the page changes nothing (mail
 * scanners open links too); the member confirms with one button.
 */
@Component({
  selector: 'bastide-unsubscribe-page',
  imports: [LoadProblem, LoadingIndicator, MatButtonModule, ProblemMessagePipe, RouterLink, TranslatePipe],
  template: `
    <div class="unsubscribe">
      <h1>{{ 'unsubscribe.title' | translate }}</h1>
      @if (isLoading() && !view()) {
        <bastide-loading-indicator labelKey="unsubscribe.loading" />
      }
      @if (loadProblem(); as problem) {
        @if (problem.status === 404) {
          <p role="alert">{{ 'unsubscribe.invalid' | translate }}</p>
        } @else {
          <bastide-load-problem [problem]="problem" messageKey="unsubscribe.loadFailed" (retry)="retry()" />
        }
      }
      @if (view(); as view) {
        <div role="status">
          @if (view.unsubscribed) {
            <p class="unsubscribe__done">
              {{
                (view.scope === 'site' ? 'unsubscribe.doneSite' : 'unsubscribe.doneAll')
                  | translate: { site: view.siteName }
              }}
            </p>
          }
        </div>
        @if (!view.unsubscribed) {
          <p>
            {{
              (view.scope === 'site' ? 'unsubscribe.askSite' : 'unsubscribe.askAll')
                | translate: { site: view.siteName }
            }}
          </p>
          <p>{{ 'unsubscribe.explain' | translate }}</p>
          <div role="alert">
            @if (actionProblem(); as problem) {
              <p class="unsubscribe__problem">{{ problem | problemMessage }}</p>
            }
          </div>
          <button mat-flat-button type="button" [disabled]="working()" (click)="confirm()">
            {{ (view.scope === 'site' ? 'unsubscribe.confirmSite' : 'unsubscribe.confirmAll') | translate }}
          </button>
        } @else {
          <p>
            @if (session.signedIn()) {
              <a routerLink="/mon-espace/annuaire/profil">{{ 'unsubscribe.manage' | translate }}</a>
            } @else {
              {{ 'unsubscribe.manageSignedOut' | translate }}
            }
          </p>
        }
      }
    </div>
  `,
  styles: `
    .unsubscribe {
      max-width: 40rem;
    }

    .unsubscribe__done {
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }

    .unsubscribe__problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnsubscribePage {
  private readonly api = inject(CommunityApi);
  protected readonly session = inject(Session);

  readonly token = input.required<string>();

  private readonly found = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.api.describeUnsubscribe(params),
  });
  protected readonly view = computed<UnsubscribeView | null>(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly isLoading = this.found.isLoading;
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly working = signal(false);
  protected readonly actionProblem = signal<ApiProblem | null>(null);

  protected confirm(): void {
    this.working.set(true);
    this.actionProblem.set(null);
    this.api.unsubscribe(this.token()).subscribe({
      next: (view) => {
        this.working.set(false);
        this.found.set(view);
      },
      error: (error: unknown) => {
        this.working.set(false);
        this.actionProblem.set(asApiProblem(error));
      },
    });
  }

  protected retry(): void {
    this.found.reload();
  }
}
