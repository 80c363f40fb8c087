import { ChangeDetectionStrategy, Component, Injectable, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

/** The longest note the API keeps (`POST /bookings/{id}/cancel`). */
export const CANCELLATION_NOTE_MAX = 500;

/** What the host answered: the note to tell the member (null without one). */
export interface CancelBookingAnswer {
  reason: string | null;
}

/**
 * Asks a host before cancelling a member's booking, with an optional note the member reads in the
 * cancellation mail. Material's dialog traps focus, closes on Escape, and gives focus back to the button
 * that opened it.
 */
@Component({
  selector: 'bastide-cancel-booking-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'daySheet.cancel.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ 'daySheet.cancel.message' | translate: params }}</p>
        <mat-form-field appearance="outline" class="cancel-dialog__field">
          <mat-label>{{ 'daySheet.cancel.reasonLabel' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" [attr.maxlength]="max"></textarea>
          <mat-hint>{{ 'daySheet.cancel.reasonHint' | translate }}</mat-hint>
          <mat-hint align="end">{{ reason.value.length }} / {{ max }}</mat-hint>
          @if (reason.hasError('maxlength')) {
            <mat-error>{{ 'daySheet.cancel.reasonTooLong' | translate: { max } }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'confirmDialog.cancel' | translate }}</button>
        <button mat-flat-button type="submit" cdkFocusInitial>{{ 'daySheet.cancel.confirm' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .cancel-dialog__field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CancelBookingDialog {
  protected readonly params = inject<Record<string, unknown>>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CancelBookingDialog, CancelBookingAnswer>>(MatDialogRef);
  protected readonly max = CANCELLATION_NOTE_MAX;
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(CANCELLATION_NOTE_MAX)] }),
  });
  protected readonly reason = this.form.controls.reason;

  protected confirm(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      return;
    }
    this.ref.close({ reason: this.reason.value.trim() || null });
  }
}

@Injectable({ providedIn: 'root' })
export class BookingCancelConfirmer {
  private readonly dialog = inject(MatDialog);

  /** The host's answer once they confirmed; undefined when they kept the booking or closed the dialog. */
  confirm(params: Record<string, unknown>): Observable<CancelBookingAnswer | undefined> {
    return this.dialog
      .open<CancelBookingDialog, Record<string, unknown>, CancelBookingAnswer>(CancelBookingDialog, {
        data: params,
        role: 'alertdialog',
      })
      .afterClosed();
  }
}
