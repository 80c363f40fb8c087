import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem } from '../../core/api/api-problem';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

/** What went wrong while loading something, in plain words, and a way to try again. */
@Component({
  selector: 'bastide-load-problem',
  imports: [MatButtonModule, ProblemMessagePipe, TranslatePipe],
  template: `
    <div class="load-problem" role="alert">
      <p class="load-problem__what">{{ messageKey() | translate }}</p>
      <p>{{ causeKey() | translate }}</p>
      @if (problem().detail) {
        <p class="load-problem__detail">{{ problem() | problemMessage }}</p>
      }
      <button mat-flat-button type="button" (click)="retry.emit()">{{ 'problem.retry' | translate }}</button>
    </div>
  `,
  styles: `
    .load-problem {
      padding: 1rem 1.25rem;
      border-left: 4px solid var(--mat-sys-error);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .load-problem__what {
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadProblem {
  readonly problem = input.required<ApiProblem>();
  /** What could not be loaded, e.g. "The intercommunalities could not be loaded." */
  readonly messageKey = input.required<string>();
  readonly retry = output<void>();

  protected readonly causeKey = computed(() => {
    const problem = this.problem();
    if (problem.isUnreachable) {
      return 'problem.unreachable';
    }
    return problem.isServerFault ? 'problem.serverFault' : 'problem.rejected';
  });
}
