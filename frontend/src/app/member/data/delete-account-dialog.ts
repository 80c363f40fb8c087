import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { IdentityApi } from '../../core/api/identity-api';
import { focusFirstInvalidField } from '../../shared/forms/field-errors';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

export interface DeleteAccountDialogData {
  /** The member's address, to be typed again as the confirmation. */
  email: string;
}

/** Whether what was typed is the address (addresses are case-insensitive, stray spaces forgiven). */
export function sameAddress(expected: string): (control: AbstractControl<string>) => ValidationErrors | null {
  return (control) =>
    !control.value || control.value.trim().toLowerCase() === expected.trim().toLowerCase() ? null : { mismatch: true };
}

/**
 * The last step before erasing the account: the member types their address, then the account is erased
 * here, so a refusal is read in the dialog. Closes with `true` once the account is gone.
 */
@Component({
  selector: 'bastide-delete-account-dialog',
  imports: [
    ProblemMessagePipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'myData.delete.dialogTitle' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ 'myData.delete.dialogText' | translate: { email: data.email } }}</p>
        <div class="delete-dialog__problem" role="alert">
          @if (problem(); as problem) {
            <p>{{ problem | problemMessage: ('myData.delete.failed' | translate) }}</p>
          }
        </div>
        <mat-form-field appearance="outline" class="delete-dialog__field">
          <mat-label>{{ 'myData.delete.typeEmail' | translate }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="off" required cdkFocusInitial />
          @if (form.controls.email.hasError('required')) {
            <mat-error>{{ 'myData.delete.emailRequired' | translate }}</mat-error>
          } @else if (form.controls.email.hasError('mismatch')) {
            <mat-error>{{ 'myData.delete.emailMismatch' | translate }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="deleting()">
          {{ 'myData.delete.cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" class="delete-dialog__confirm" [disabled]="deleting()">
          {{ 'myData.delete.confirm' | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .delete-dialog__field {
      width: 100%;
    }

    .delete-dialog__problem:not(:empty) {
      margin-bottom: 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .delete-dialog__problem p {
      margin: 0;
    }

    .delete-dialog__confirm {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteAccountDialog {
  private readonly api = inject(IdentityApi);
  private readonly dialogRef = inject<MatDialogRef<DeleteAccountDialog, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<DeleteAccountDialogData>(MAT_DIALOG_DATA);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, sameAddress(this.data.email)] }),
  });
  protected readonly deleting = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.deleting.set(true);
    this.problem.set(null);
    this.dialogRef.disableClose = true;
    this.api.deleteAccount().subscribe({
      next: () => this.dialogRef.close(true),
      error: (error: unknown) => {
        this.deleting.set(false);
        this.dialogRef.disableClose = false;
        this.problem.set(asApiProblem(error));
      },
    });
  }
}
