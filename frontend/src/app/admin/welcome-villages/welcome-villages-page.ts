import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Observable } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { WelcomeVillagesApi } from '../../core/api/welcome-villages-api';
import { RELAY_ROLES, RelayRole, VILLAGE_OFFERS, WelcomeVillageView } from '../../core/api/welcome-villages.types';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { applyFieldErrors, fieldError, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { CommunePicker } from '../../shared/territory/commune-picker';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { NetworkNav } from '../network-nav';

export const RELAY_NAME_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 2000;

/** A number typed in a field, or null when left empty. */
function coordinate(value: string | number | null): number | null {
  if (value === null || value === '') {
    return null;
  }
  return typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
}

/**
 * The welcome villages, for network officers: every village (published or not) in a table, and one form
 * to add a village or edit the one chosen. Publishing puts the village and its relay on the public page.
 */
@Component({
  selector: 'bastide-welcome-villages-page',
  imports: [
    CommunePicker,
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    NetworkNav,
    ProblemMessagePipe,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  templateUrl: './welcome-villages-page.html',
  styleUrls: ['../network-page.scss', './welcome-villages-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WelcomeVillagesPage {
  private readonly api = inject(WelcomeVillagesApi);
  private readonly translate = inject(TranslateService);
  private readonly confirmer = inject(Confirmer);
  protected readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly offers = VILLAGE_OFFERS;
  protected readonly roles = RELAY_ROLES;
  protected readonly relayNameMaxLength = RELAY_NAME_MAX_LENGTH;
  protected readonly descriptionMaxLength = DESCRIPTION_MAX_LENGTH;

  private readonly found = rxResource({ stream: () => this.api.list('all') });
  protected readonly villages = computed<readonly WelcomeVillageView[]>(() =>
    this.found.hasValue() ? this.found.value().items : [],
  );
  protected readonly isLoading = this.found.isLoading;
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly countKey = computed(() =>
    pluralKey('welcomeVillages.admin.count', this.villages().length, this.language.current()),
  );

  /** Reset through its directive, so that Material forgets the form was submitted and shows no errors. */
  private readonly formDirective = viewChild.required(FormGroupDirective);

  /** The village being edited; null while the form adds a new one. */
  protected readonly editing = signal<WelcomeVillageView | null>(null);
  protected readonly communeCode = signal<string | null>(null);
  /** Bumped when the form starts afresh, so that the commune picker is drawn anew, its text empty. */
  protected readonly formVersion = signal(0);
  protected readonly form = new FormGroup({
    relayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(RELAY_NAME_MAX_LENGTH)],
    }),
    relayRole: new FormControl<RelayRole>('town_hall', { nonNullable: true }),
    relayEmail: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    relayPhone: new FormControl('', { nonNullable: true }),
    school: new FormControl(false, { nonNullable: true }),
    shops: new FormControl(false, { nonNullable: true }),
    housing: new FormControl(false, { nonNullable: true }),
    fibre: new FormControl(false, { nonNullable: true }),
    descriptionFr: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(DESCRIPTION_MAX_LENGTH)],
    }),
    descriptionEn: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(DESCRIPTION_MAX_LENGTH)],
    }),
    latitude: new FormControl<string | number | null>(null, [Validators.min(-90), Validators.max(90)]),
    longitude: new FormControl<string | number | null>(null, [Validators.min(-180), Validators.max(180)]),
    published: new FormControl(false, { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly notice = signal('');
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly otherErrors = signal<readonly string[]>([]);
  protected readonly communeError = computed(() =>
    this.communeMissing()
      ? this.translate.instant('welcomeVillages.admin.communeRequired')
      : fieldError(this.problem(), 'communeCode'),
  );
  private readonly communeMissing = signal(false);

  protected retry(): void {
    this.found.reload();
  }

  protected edit(village: WelcomeVillageView): void {
    this.clearMessages();
    this.editing.set(village);
    this.communeCode.set(village.communeCode);
    this.form.reset({
      relayName: village.relayName,
      relayRole: village.relayRole,
      relayEmail: village.relayEmail,
      relayPhone: village.relayPhone ?? '',
      school: village.offers.includes('school'),
      shops: village.offers.includes('shops'),
      housing: village.offers.includes('housing'),
      fibre: village.offers.includes('fibre'),
      descriptionFr: village.descriptionFr,
      descriptionEn: village.descriptionEn ?? '',
      latitude: village.latitude,
      longitude: village.longitude,
      published: village.published,
    });
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#welcome-village-form-title')?.focus());
  }

  protected cancelEdit(): void {
    this.clearMessages();
    this.resetForm();
  }

  protected save(): void {
    this.clearMessages();
    const editing = this.editing();
    this.communeMissing.set(!editing && !this.communeCode());
    if (this.form.invalid || this.communeMissing()) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      return;
    }
    const value = this.form.getRawValue();
    const fields = {
      relayName: value.relayName.trim(),
      relayRole: value.relayRole,
      relayEmail: value.relayEmail.trim(),
      relayPhone: value.relayPhone.trim() || null,
      offers: this.offers.filter((offer) => value[offer]),
      descriptionFr: value.descriptionFr.trim(),
      descriptionEn: value.descriptionEn.trim() || null,
      latitude: coordinate(value.latitude),
      longitude: coordinate(value.longitude),
      published: value.published,
    };
    const request: Observable<WelcomeVillageView> = editing
      ? this.api.change(editing.id, fields)
      : this.api.create({ ...fields, communeCode: this.communeCode()! });
    this.saving.set(true);
    request.subscribe({
      next: (village) => {
        this.saving.set(false);
        this.notice.set(
          this.translate.instant(editing ? 'welcomeVillages.admin.saved' : 'welcomeVillages.admin.created', {
            name: village.communeName,
          }),
        );
        this.resetForm();
        this.found.reload();
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.saving.set(false);
        this.problem.set(problem);
        this.otherErrors.set(applyFieldErrors(this.form, problem, ['communeCode']));
        setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      },
    });
  }

  /** Publishing is the step officers take most: one button per row, without opening the form. */
  protected togglePublished(village: WelcomeVillageView): void {
    this.clearMessages();
    const published = !village.published;
    this.api.change(village.id, { published }).subscribe({
      next: (changed) => {
        this.notice.set(
          this.translate.instant(
            published ? 'welcomeVillages.admin.publishedNotice' : 'welcomeVillages.admin.withdrawnNotice',
            { name: changed.communeName },
          ),
        );
        this.found.reload();
      },
      error: (error: unknown) => this.problem.set(asApiProblem(error)),
    });
  }

  protected remove(village: WelcomeVillageView): void {
    this.clearMessages();
    this.confirmer
      .confirm({
        titleKey: 'welcomeVillages.admin.deleteTitle',
        messageKey: 'welcomeVillages.admin.deleteMessage',
        confirmKey: 'welcomeVillages.admin.deleteConfirm',
        params: { name: village.communeName },
      })
      .subscribe((confirmed) => {
        if (!confirmed) {
          return;
        }
        this.api.remove(village.id).subscribe({
          next: () => {
            this.notice.set(this.translate.instant('welcomeVillages.admin.deleted', { name: village.communeName }));
            if (this.editing()?.id === village.id) {
              this.resetForm();
            }
            this.found.reload();
          },
          error: (error: unknown) => this.problem.set(asApiProblem(error)),
        });
      });
  }

  private clearMessages(): void {
    this.notice.set('');
    this.problem.set(null);
    this.otherErrors.set([]);
    this.communeMissing.set(false);
  }

  private resetForm(): void {
    this.editing.set(null);
    this.communeCode.set(null);
    this.formVersion.update((version) => version + 1);
    this.formDirective().resetForm();
  }
}
