import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { provideTestTranslations } from '../../testing/test-translations';
import { PersonFields, personControls } from './person-fields';

@Component({
  imports: [PersonFields, ReactiveFormsModule],
  template: `
    <form [formGroup]="form" (ngSubmit)="form.markAllAsTouched()">
      <bastide-person-fields [(homeCommuneCode)]="commune">
        <input id="between" formControlName="email" aria-label="E-mail" />
      </bastide-person-fields>
      <button type="submit">OK</button>
    </form>
    <form [formGroup]="second"><bastide-person-fields /></form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TwoForms {
  readonly form = new FormGroup({
    ...personControls({ firstName: 'Camille', locale: 'en' }),
    email: new FormControl('', { nonNullable: true }),
  });
  readonly second = new FormGroup(personControls({ locale: 'fr' }));
  readonly commune = signal<string | null>(null);
}

describe('PersonFields', () => {
  async function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations('fr')],
    });
    const fixture = TestBed.createComponent(TwoForms);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const first = element.querySelector('form') as HTMLFormElement;
    return { fixture, element, first };
  }

  const labels = (within: ParentNode) =>
    [...within.querySelectorAll('mat-label, legend, input#between')].map(
      (node) => node.getAttribute('aria-label') ?? node.textContent?.trim(),
    );

  it('asks names, then what the page adds, then the home commune and the language, in that order', async () => {
    const { first } = await render();
    expect(labels(first)).toEqual(['Prénom', 'Nom', 'E-mail', 'Commune de résidence', 'Langue']);
    const names = [...first.querySelectorAll('input[autocomplete]')].map((input) => input.getAttribute('autocomplete'));
    expect(names).toEqual(['given-name', 'family-name', 'off']);
  });

  it("binds to the page's form: names and language start from it and write back to it", async () => {
    const { fixture, first } = await render();
    const firstName = first.querySelector('input[autocomplete="given-name"]') as HTMLInputElement;
    expect(firstName.value).toBe('Camille');
    const english = first.querySelector('mat-radio-button[lang="en"] input') as HTMLInputElement;
    expect(english.checked).toBe(true);
    firstName.value = 'Camille-Anne';
    firstName.dispatchEvent(new Event('input'));
    (first.querySelector('mat-radio-button[lang="fr"] input') as HTMLInputElement).click();
    expect(fixture.componentInstance.form.getRawValue()).toMatchObject({ firstName: 'Camille-Anne', locale: 'fr' });
  });

  it('shows what is missing once the page submits, and a server message put on a field', async () => {
    const { fixture, first } = await render();
    expect(first.querySelector('mat-error')).toBeNull();
    (first.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(first.querySelector('mat-error')?.textContent?.trim()).toBe('Saisissez votre nom.');

    const lastName = fixture.componentInstance.form.controls.lastName;
    lastName.setValue('Martin');
    lastName.setErrors({ server: 'lastName contains a NUL character' });
    await fixture.whenStable();
    expect(first.querySelector('mat-error')?.textContent?.trim()).toBe('lastName contains a NUL character');
  });

  it('gives each language group its own legend, so two forms on a page stay told apart', async () => {
    const { element } = await render();
    const groups = [...element.querySelectorAll('mat-radio-group')];
    const ids = groups.map((group) => group.getAttribute('aria-labelledby'));
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(element.querySelector(`legend#${id}`)).not.toBeNull();
  });
});
