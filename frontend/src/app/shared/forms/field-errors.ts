import { AbstractControl, FormGroup } from '@angular/forms';
import { ApiProblem } from '../../core/api/api-problem';

/**
 * Puts the server's field errors (problem+json `errors[]`) on the matching controls, where `mat-error`
 * shows them next to their fields. Returns the errors no control of the form could take, so the page
 * can show them above the form instead of dropping them.
 */
export function applyFieldErrors(form: FormGroup, problem: ApiProblem, elsewhere: readonly string[] = []): string[] {
  const unplaced: string[] = [];
  for (const { field, message } of problem.errors) {
    const control: AbstractControl | null = form.get(field);
    if (control) {
      control.setErrors({ ...control.errors, server: message });
      control.markAsTouched();
    } else if (!elsewhere.includes(field)) {
      unplaced.push(message);
    }
  }
  return unplaced;
}

/** The server's message for one field, if it sent one. */
export function fieldError(problem: ApiProblem | null, field: string): string | null {
  return problem?.errors.find((error) => error.field === field)?.message ?? null;
}

/** Keyboard and screen-reader users are taken to the first field to fix (RGAA 11.10). */
export function focusFirstInvalidField(host: HTMLElement): void {
  host.querySelector<HTMLElement>('input.ng-invalid, mat-select.ng-invalid, [aria-invalid="true"]')?.focus();
}
