import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';

/** An indeterminate bar with a name, so assistive technologies say what is loading. */
@Component({
  selector: 'bastide-loading-indicator',
  imports: [MatProgressBarModule, TranslatePipe],
  template: `<mat-progress-bar mode="indeterminate" [attr.aria-label]="labelKey() | translate" />`,
  styles: `
    :host {
      display: block;
      margin: 1rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadingIndicator {
  readonly labelKey = input.required<string>();
}
