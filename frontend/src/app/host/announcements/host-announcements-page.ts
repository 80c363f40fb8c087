import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
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
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { EMPTY, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { newIdempotencyKey } from '../../core/api/booking-api';
import { CommunityApi } from '../../core/api/community-api';
import { Announcement, AnnouncementPreview, MONTHS_BACK_CHOICES } from '../../core/api/community.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { clockTime, localDateAt, longDate } from '../../core/time/local-dates';
import { applyFieldErrors, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { SiteManagementApi } from '../../shared/site-management/site-management-api';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';

export const SUBJECT_MAX_LENGTH = 150;
export const BODY_MAX_LENGTH = 10_000;

/**
 * "Annonces": a site's team writes to the members who booked there in the last months. The preview shows
 * the mail as members get it and how many will; sending asks first, naming that number; the history
 * lists what went out.
 */
@Component({
  selector: 'bastide-host-announcements-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ProblemMessagePipe,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './host-announcements-page.html',
  styleUrl: './host-announcements-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostAnnouncementsPage {
  private readonly api = inject(CommunityApi);
  private readonly sites = inject(SiteManagementApi);
  private readonly confirmer = inject(Confirmer);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly sanitizer = inject(DomSanitizer);

  readonly siteId = input.required<string>();
  /** Reset through the directive, so that the sent form is no longer "submitted" and shows no errors. */
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly monthsBackChoices = MONTHS_BACK_CHOICES;
  protected readonly subjectMaxLength = SUBJECT_MAX_LENGTH;
  protected readonly bodyMaxLength = BODY_MAX_LENGTH;

  protected readonly form = new FormGroup({
    subject: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(SUBJECT_MAX_LENGTH)],
    }),
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(BODY_MAX_LENGTH)],
    }),
    monthsBack: new FormControl(3, { nonNullable: true }),
  });

  private readonly siteFound = rxResource({
    params: () => this.siteId(),
    stream: ({ params }) => this.sites.site(params),
  });
  protected readonly site = computed(() => (this.siteFound.hasValue() ? this.siteFound.value() : null));
  protected readonly siteProblem = computed(() => {
    const error = this.siteFound.error();
    return error ? asApiProblem(error) : null;
  });

  private readonly historyFound = rxResource({
    params: () => this.siteId(),
    stream: ({ params }) => this.api.announcements(params),
  });
  protected readonly history = computed(() => (this.historyFound.hasValue() ? this.historyFound.value() : null));
  protected readonly historyProblem = computed(() => {
    const error = this.historyFound.error();
    return error ? asApiProblem(error) : null;
  });

  protected readonly preview = signal<AnnouncementPreview | null>(null);
  /**
   * The preview's HTML is the whole mail (its layout, styles and footer): shown in a sandboxed frame (no scripts,
   * no same origin) so that it looks as members get it and its styles stay out of the page.
   */
  protected readonly previewDocument = computed<SafeHtml | null>(() => {
    const preview = this.preview();
    return preview ? this.sanitizer.bypassSecurityTrustHtml(preview.html) : null;
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly sent = signal<Announcement | null>(null);

  protected showPreview(): void {
    if (!this.checkForm()) return;
    this.busy.set(true);
    this.api.previewAnnouncement(this.siteId(), this.request()).subscribe({
      next: (preview) => {
        this.preview.set(preview);
        this.busy.set(false);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** Previews again (the count may have moved), asks with that count, then sends once. */
  protected send(): void {
    if (!this.checkForm()) return;
    this.busy.set(true);
    const request = this.request();
    const key = newIdempotencyKey();
    this.api
      .previewAnnouncement(this.siteId(), request)
      .pipe(
        switchMap((preview) => {
          this.preview.set(preview);
          return this.confirmer.confirm({
            titleKey: 'announcements.confirmTitle',
            messageKey:
              preview.recipientCount === 1 ? 'announcements.confirmMessageOne' : 'announcements.confirmMessage',
            confirmKey: 'announcements.confirmSend',
            params: { count: preview.recipientCount, subject: request.subject },
          });
        }),
        switchMap((confirmed) => {
          if (!confirmed) {
            this.busy.set(false);
            return EMPTY;
          }
          const { subject, body, monthsBack } = request;
          return this.api.sendAnnouncement(this.siteId(), { subject, body, monthsBack }, key);
        }),
      )
      .subscribe({
        next: (announcement) => {
          this.busy.set(false);
          this.sent.set(announcement);
          this.preview.set(null);
          this.formDirective().resetForm({ subject: '', body: '', monthsBack: request.monthsBack });
          this.historyFound.reload();
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected sentAt(announcement: Announcement): string {
    const language = this.language.current();
    return `${longDate(localDateAt(new Date(announcement.sentAt)), language)}, ${clockTime(announcement.sentAt)}`;
  }

  protected sinceDate(preview: AnnouncementPreview): string {
    return longDate(preview.since, this.language.current());
  }

  protected retrySite(): void {
    this.siteFound.reload();
  }

  protected retryHistory(): void {
    this.historyFound.reload();
  }

  private request() {
    const { subject, body, monthsBack } = this.form.getRawValue();
    return { subject: subject.trim(), body, monthsBack, locale: this.language.current() };
  }

  private checkForm(): boolean {
    this.sent.set(null);
    this.problem.set(null);
    if (this.form.invalid || !this.form.controls.subject.value.trim() || !this.form.controls.body.value.trim()) {
      if (!this.form.controls.subject.value.trim()) this.form.controls.subject.setErrors({ required: true });
      if (!this.form.controls.body.value.trim()) this.form.controls.body.setErrors({ required: true });
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return false;
    }
    return true;
  }

  private fail(error: unknown): void {
    const problem = asApiProblem(error);
    this.busy.set(false);
    this.problem.set(problem);
    applyFieldErrors(this.form, problem);
  }
}
