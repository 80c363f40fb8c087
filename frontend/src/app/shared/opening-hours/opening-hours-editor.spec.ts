import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { OpeningHours } from '../../core/api/sites.types';
import { provideTestTranslations } from '../../testing/test-translations';
import { OpeningHoursEditor } from './opening-hours-editor';
import { closedWeek, rangeProblems } from './opening-hours-rules';

@Component({
  imports: [OpeningHoursEditor, ReactiveFormsModule],
  template: `<form [formGroup]="form"><bastide-opening-hours-editor formControlName="openingHours" /></form>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class WeekForm {
  readonly form = new FormGroup({
    openingHours: new FormControl<OpeningHours>({ ...closedWeek(), mon: [['08:30', '12:30']] }, { nonNullable: true }),
  });
}

describe('rangeProblems', () => {
  it('accepts ascending ranges that do not overlap, a lunch break between them', () => {
    expect(
      rangeProblems([
        { from: '08:30', to: '12:30' },
        { from: '12:30', to: '18:00' },
      ]),
    ).toEqual([null, null]);
  });

  it('names the range that ends before it starts, the one that overlaps, and the one left incomplete', () => {
    expect(
      rangeProblems([
        { from: '09:00', to: '12:00' },
        { from: '11:00', to: '14:00' },
        { from: '18:00', to: '17:00' },
        { from: '19:00', to: '' },
      ]),
    ).toEqual([null, 'overlapsPrevious', 'endsBeforeStart', 'incomplete']);
  });
});

describe('OpeningHoursEditor', () => {
  let fixture: ComponentFixture<WeekForm>;
  let editor: HTMLElement;
  let control: FormControl<OpeningHours>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTestTranslations('fr')] });
    fixture = TestBed.createComponent(WeekForm);
    control = fixture.componentInstance.form.controls.openingHours;
    await fixture.whenStable();
    editor = fixture.nativeElement as HTMLElement;
  });

  function day(name: string): HTMLElement {
    return [...editor.querySelectorAll('fieldset')].find(
      (fieldset) => fieldset.querySelector('legend')?.textContent?.trim() === name,
    ) as HTMLElement;
  }

  function range(dayName: string, number: number): HTMLElement {
    return day(dayName).querySelector(`[role="group"][aria-label="${dayName}, plage ${number}"]`) as HTMLElement;
  }

  function time(group: HTMLElement, label: 'Ouverture' | 'Fermeture'): HTMLInputElement {
    const field = [...group.querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    ) as HTMLElement;
    return field.querySelector('input') as HTMLInputElement;
  }

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  function button(within: HTMLElement, name: string): HTMLButtonElement {
    return [...within.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
    ) as HTMLButtonElement;
  }

  it('lists the seven days from Monday, each range with labelled opening and closing times', () => {
    expect([...editor.querySelectorAll('legend')].map((legend) => legend.textContent?.trim())).toEqual([
      'Lundi',
      'Mardi',
      'Mercredi',
      'Jeudi',
      'Vendredi',
      'Samedi',
      'Dimanche',
    ]);
    const monday = range('Lundi', 1);
    expect(time(monday, 'Ouverture').value).toBe('08:30');
    expect(time(monday, 'Ouverture').type).toBe('time');
    expect(time(monday, 'Fermeture').value).toBe('12:30');
    expect(day('Mardi').textContent).toContain('Fermé');
  });

  it('adds a range with a button named after its day, and takes focus to its opening time', async () => {
    button(day('Lundi'), 'Ajouter une plage (Lundi)').click();
    await fixture.whenStable();

    const added = range('Lundi', 2);
    expect(document.activeElement).toBe(time(added, 'Ouverture'));
    await type(time(added, 'Ouverture'), '13:30');
    await type(time(added, 'Fermeture'), '18:00');

    expect(control.value.mon).toEqual([
      ['08:30', '12:30'],
      ['13:30', '18:00'],
    ]);
    expect(control.valid).toBe(true);
  });

  it('removes a range, and gives focus back to the day’s add button', async () => {
    button(day('Lundi'), 'Retirer (Lundi, plage 1)').click();
    await fixture.whenStable();

    expect(range('Lundi', 1)).toBeNull();
    expect(day('Lundi').textContent).toContain('Fermé');
    expect(control.value.mon).toEqual([]);
    expect(document.activeElement).toBe(button(day('Lundi'), 'Ajouter une plage (Lundi)'));
  });

  it('says on the closing time when a range ends before it starts, and the form is invalid', async () => {
    await type(time(range('Lundi', 1), 'Fermeture'), '08:00');

    expect(control.invalid).toBe(true);
    expect(range('Lundi', 1).querySelector('mat-error')?.textContent?.trim()).toBe(
      "La fermeture doit suivre l'ouverture.",
    );
    expect(time(range('Lundi', 1), 'Fermeture').getAttribute('aria-invalid')).toBe('true');
  });

  it('says on the opening time when a range starts before the previous one ends', async () => {
    button(day('Lundi'), 'Ajouter une plage (Lundi)').click();
    await fixture.whenStable();
    await type(time(range('Lundi', 2), 'Ouverture'), '12:00');
    await type(time(range('Lundi', 2), 'Fermeture'), '18:00');

    expect(control.invalid).toBe(true);
    expect(range('Lundi', 2).querySelector('mat-error')?.textContent?.trim()).toBe(
      'Cette plage commence avant la fin de la précédente.',
    );

    await type(time(range('Lundi', 2), 'Ouverture'), '13:00');
    expect(control.valid).toBe(true);
    expect(range('Lundi', 2).querySelector('mat-error')).toBeNull();
  });

  it('shows what an empty new range lacks once it is revealed, without a visit to each field', async () => {
    button(day('Samedi'), 'Ajouter une plage (Samedi)').click();
    await fixture.whenStable();
    expect(control.invalid).toBe(true);
    expect(range('Samedi', 1).querySelector('mat-error')).toBeNull();

    fixture.debugElement.query(By.directive(OpeningHoursEditor)).componentInstance.revealProblems();
    await fixture.whenStable();

    expect([...range('Samedi', 1).querySelectorAll('mat-error')].map((error) => error.textContent?.trim())).toEqual([
      "Indiquez l'heure d'ouverture.",
      "Indiquez l'heure de fermeture.",
    ]);
  });
});
