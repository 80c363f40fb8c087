import { ChangeDetectionStrategy, Component, Injectable, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable, map } from 'rxjs';

export interface Confirmation {
  /** Translation keys; `params` fill their placeholders. */
  titleKey: string;
  messageKey: string;
  confirmKey: string;
  params?: Record<string, unknown>;
}

/**
 * Asks before an action that cannot simply be undone. Material's dialog traps focus, closes on Escape,
 * and gives focus back to the button that opened it.
 */
@Component({
  selector: 'bastide-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | translate: data.params }}</h2>
    <mat-dialog-content>
      <p>{{ data.messageKey | translate: data.params }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ 'confirmDialog.cancel' | translate }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial>
        {{ data.confirmKey | translate: data.params }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<Confirmation>(MAT_DIALOG_DATA);
}

@Injectable({ providedIn: 'root' })
export class Confirmer {
  private readonly dialog = inject(MatDialog);

  /** True once the user confirmed; false when they cancelled or closed the dialog. */
  confirm(confirmation: Confirmation): Observable<boolean> {
    return this.dialog
      .open<ConfirmDialog, Confirmation, boolean>(ConfirmDialog, { data: confirmation, role: 'alertdialog' })
      .afterClosed()
      .pipe(map((answer) => answer === true));
  }
}
