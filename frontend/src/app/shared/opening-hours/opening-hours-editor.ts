import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  forwardRef,
  inject,
  input,
  signal,
} from '@angular/core';
import {
  AbstractControl,
  ControlValueAccessor,
  FormArray,
  FormControl,
  FormGroup,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  ReactiveFormsModule,
  ValidationErrors,
  Validator,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { OpeningHours } from '../../core/api/sites.types';
import { MAX_RANGES_PER_DAY, WEEK, WeekDayKey, closedWeek, rangeProblems } from './opening-hours-rules';

type RangeGroup = FormGroup<{ from: FormControl<string>; to: FormControl<string> }>;
type WeekForm = FormGroup<Record<WeekDayKey, FormArray<RangeGroup>>>;

let nextEditorId = 0;

/**
 * A site's week, edited day by day: several opening ranges per day, Monday first. A form control of its
 * own (`formControlName="openingHours"`), so the page's form knows when the week is wrong; each range is
 * checked as the API checks it, and the error shows on the field to fix.
 */
@Component({
  selector: 'bastide-opening-hours-editor',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  templateUrl: './opening-hours-editor.html',
  styleUrl: './opening-hours-editor.scss',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => OpeningHoursEditor), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => OpeningHoursEditor), multi: true },
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(focusout)': 'onTouched()' },
})
export class OpeningHoursEditor implements ControlValueAccessor, Validator {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly changeDetector = inject(ChangeDetectorRef);

  /** The server's messages about the week (`openingHours` field errors), shown under the days. */
  readonly serverErrors = input<readonly string[]>([]);

  protected readonly idPrefix = `opening-hours-${nextEditorId++}`;
  protected readonly maxRanges = MAX_RANGES_PER_DAY;
  protected readonly week: WeekForm = new FormGroup(
    Object.fromEntries(WEEK.map((day) => [day, new FormArray<RangeGroup>([])])) as Record<
      WeekDayKey,
      FormArray<RangeGroup>
    >,
  );
  /** The days and their ranges as the template walks them; a new array on every added or removed range. */
  protected readonly days = signal(this.dayViews());

  private onChange: (hours: OpeningHours) => void = () => undefined;
  protected onTouched: () => void = () => undefined;

  constructor() {
    this.week.valueChanges.subscribe(() => this.checkRanges());
  }

  writeValue(hours: OpeningHours | null): void {
    const week = hours ?? closedWeek();
    for (const day of WEEK) {
      const ranges = this.week.controls[day];
      ranges.clear({ emitEvent: false });
      for (const [from, to] of week[day] ?? []) {
        ranges.push(this.rangeGroup(from, to), { emitEvent: false });
      }
    }
    this.week.updateValueAndValidity({ emitEvent: false });
    this.checkRanges(false);
    this.days.set(this.dayViews());
  }

  registerOnChange(onChange: (hours: OpeningHours) => void): void {
    this.onChange = onChange;
  }

  registerOnTouched(onTouched: () => void): void {
    this.onTouched = onTouched;
  }

  setDisabledState(disabled: boolean): void {
    if (disabled) {
      this.week.disable({ emitEvent: false });
    } else {
      this.week.enable({ emitEvent: false });
    }
  }

  validate(): ValidationErrors | null {
    return this.week.invalid ? { openingHours: true } : null;
  }

  /** Before a refused submit: every problem shows at once, not only on the fields already visited. */
  revealProblems(): void {
    this.week.markAllAsTouched();
    this.changeDetector.markForCheck();
    // Keyboard and screen-reader users are taken to the first time to fix (RGAA 11.10).
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus(), {
      injector: this.injector,
    });
  }

  protected addRange(day: WeekDayKey): void {
    const ranges = this.week.controls[day];
    ranges.push(this.rangeGroup('', ''));
    this.days.set(this.dayViews());
    const index = ranges.length - 1;
    // The new range's first field takes focus, so a keyboard user types on where they pressed.
    afterNextRender(() => this.focus(this.fieldId(day, index, 'from')), { injector: this.injector });
  }

  protected removeRange(day: WeekDayKey, index: number): void {
    this.week.controls[day].removeAt(index);
    this.days.set(this.dayViews());
    // The removed button is gone: focus goes back to the day's "add" button rather than to the page's top.
    afterNextRender(() => this.focus(this.addButtonId(day)), { injector: this.injector });
  }

  protected fieldId(day: WeekDayKey, index: number, end: 'from' | 'to'): string {
    return `${this.idPrefix}-${day}-${index}-${end}`;
  }

  protected addButtonId(day: WeekDayKey): string {
    return `${this.idPrefix}-${day}-add`;
  }

  private rangeGroup(from: string, to: string): RangeGroup {
    return new FormGroup({
      from: new FormControl(from, { nonNullable: true, validators: Validators.required }),
      to: new FormControl(to, { nonNullable: true, validators: Validators.required }),
    });
  }

  /**
   * Puts the week's rule on the fields it concerns: a range that ends too early marks its closing time,
   * one that starts before the previous ends marks its opening time. Runs after the fields' own
   * validators, whose errors it keeps.
   */
  private checkRanges(notify = true): void {
    for (const day of WEEK) {
      const groups = this.week.controls[day].controls;
      const problems = rangeProblems(groups.map((group) => group.getRawValue()));
      groups.forEach((group, index) => {
        const { from, to } = group.controls;
        setRuleError(from, 'overlapsPrevious', problems[index] === 'overlapsPrevious');
        setRuleError(to, 'endsBeforeStart', problems[index] === 'endsBeforeStart');
        // The error concerns both times: once one is visited, the other's message shows too.
        if (from.touched || to.touched) {
          group.markAllAsTouched();
        }
      });
    }
    if (notify) {
      this.onChange(this.value());
    }
  }

  private value(): OpeningHours {
    const week = closedWeek();
    for (const day of WEEK) {
      week[day] = this.week.controls[day].getRawValue().map(({ from, to }) => [from, to]);
    }
    return week;
  }

  private dayViews(): { key: WeekDayKey; ranges: RangeGroup[] }[] {
    return WEEK.map((key) => ({ key, ranges: [...this.week.controls[key].controls] }));
  }

  private focus(id: string): void {
    this.host.nativeElement.querySelector<HTMLElement>(`#${id}`)?.focus();
  }
}

/** Sets or clears one rule's error on a control, leaving its validators' errors alone. */
function setRuleError(control: AbstractControl, rule: string, broken: boolean): void {
  const others = { ...(control.validator?.(control) ?? {}) };
  control.setErrors(broken ? { ...others, [rule]: true } : Object.keys(others).length ? others : null, {
    emitEvent: false,
  });
}
