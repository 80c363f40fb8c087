import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, map, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { RESOURCE_KINDS, ResourceKind, ResourceView, SiteDetailView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { applyFieldErrors, focusFirstInvalidField } from '../forms/field-errors';
import { Confirmer } from '../ui/confirm-dialog';
import { LoadProblem } from '../ui/load-problem';
import { SiteManagementApi } from './site-management-api';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

export const RESOURCE_NAME_MAX_LENGTH = 120;
export const RESOURCE_CAPACITY_MAX = 500;

/** What members book at a site: desks, meeting rooms, private offices, phone booths. */
@Component({
  selector: 'bastide-site-resources-panel',
  imports: [
    ProblemMessagePipe,
    LoadProblem,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  templateUrl: './site-resources-panel.html',
  styleUrl: './management-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteResourcesPanel {
  private readonly api = inject(SiteManagementApi);
  private readonly confirmer = inject(Confirmer);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly addForm = viewChild.required('addForm', { read: FormGroupDirective });

  readonly site = input.required<SiteDetailView>();

  protected readonly kinds = RESOURCE_KINDS;
  protected readonly nameMaxLength = RESOURCE_NAME_MAX_LENGTH;
  protected readonly capacityMax = RESOURCE_CAPACITY_MAX;
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(RESOURCE_NAME_MAX_LENGTH)],
    }),
    kind: new FormControl<ResourceKind>('desk', { nonNullable: true, validators: Validators.required }),
    capacity: new FormControl<number | null>(1, [
      Validators.required,
      Validators.min(1),
      Validators.max(RESOURCE_CAPACITY_MAX),
    ]),
  });
  /** The resource being renamed, and its new name. */
  protected readonly renaming = signal<string | null>(null);
  protected readonly newName = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(RESOURCE_NAME_MAX_LENGTH)],
  });
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly problem = signal<ApiProblem | null>(null);

  private readonly found = rxResource({
    params: () => this.site().id,
    stream: ({ params }) => this.api.resources(params).pipe(map((page) => page.items)),
  });
  protected readonly loading = this.found.isLoading;
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly resources = computed(() => (this.found.hasValue() ? this.found.value() : []));

  protected capacityKey(resource: ResourceView): string {
    return pluralKey('site.resources.capacity', resource.capacity, this.language.current());
  }

  protected reload(): void {
    this.found.reload();
  }

  protected add(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { name, kind, capacity } = this.form.getRawValue();
    this.start();
    this.api.addResource(this.site().id, { name: name.trim(), kind, capacity: capacity ?? 1 }).subscribe({
      next: (resource) => {
        this.done('siteManagement.resources.added', resource);
        this.found.update((resources) => [...(resources ?? []), resource]);
        // Through the directive, so the form is no longer "submitted" and its emptied fields show no error.
        this.addForm().resetForm({ name: '', kind, capacity: 1 });
      },
      error: (error: unknown) => this.fail(error, this.form),
    });
  }

  protected startRenaming(resource: ResourceView): void {
    this.renaming.set(resource.id);
    this.newName.reset(resource.name);
    this.notice.set('');
    afterNextRender(() => this.focus(`#rename-${resource.id}`), { injector: this.injector });
  }

  protected cancelRenaming(resource: ResourceView): void {
    this.renaming.set(null);
    afterNextRender(() => this.focus(`#rename-button-${resource.id}`), { injector: this.injector });
  }

  protected rename(resource: ResourceView): void {
    if (this.newName.invalid) {
      this.newName.markAsTouched();
      this.focus(`#rename-${resource.id}`);
      return;
    }
    this.start();
    this.api.updateResource(resource.id, { name: this.newName.value.trim() }).subscribe({
      next: (renamed) => {
        this.done('siteManagement.resources.renamed', renamed);
        this.replace(renamed);
        this.renaming.set(null);
        afterNextRender(() => this.focus(`#rename-button-${renamed.id}`), { injector: this.injector });
      },
      error: (error: unknown) => {
        const problem = this.fail(error);
        const message = problem.errors.find((fieldError) => fieldError.field === 'name')?.message;
        if (message) {
          this.newName.setErrors({ server: message });
          this.newName.markAsTouched();
        }
      },
    });
  }

  /** Deactivating keeps the resource's bookings; it only stops being offered. Asked once, then done. */
  protected deactivate(resource: ResourceView): void {
    this.confirmer
      .confirm({
        titleKey: 'siteManagement.resources.deactivateTitle',
        messageKey: 'siteManagement.resources.deactivateMessage',
        confirmKey: 'siteManagement.resources.deactivateConfirm',
        params: { name: resource.name },
      })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.start();
          return this.api.deactivateResource(resource.id);
        }),
      )
      .subscribe({
        next: () => {
          this.done('siteManagement.resources.deactivated', resource);
          this.found.update((resources) => (resources ?? []).filter((candidate) => candidate.id !== resource.id));
          // Its buttons are gone: focus goes to the list's heading rather than to the top of the page.
          afterNextRender(() => this.focus('#site-resources-title'), { injector: this.injector });
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  private replace(resource: ResourceView): void {
    this.found.update((resources) =>
      (resources ?? []).map((candidate) => (candidate.id === resource.id ? resource : candidate)),
    );
  }

  private start(): void {
    this.busy.set(true);
    this.notice.set('');
    this.problem.set(null);
  }

  private done(key: string, resource: ResourceView): void {
    this.busy.set(false);
    this.notice.set(this.translate.instant(key, { name: resource.name }));
  }

  private fail(error: unknown, form?: FormGroup): ApiProblem {
    const problem = asApiProblem(error);
    this.busy.set(false);
    this.problem.set(problem);
    if (form) {
      applyFieldErrors(form, problem);
    }
    return problem;
  }

  private focus(selector: string): void {
    this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
  }
}
