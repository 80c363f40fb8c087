import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Observable } from 'rxjs';
import { DateTime } from 'luxon';
import { asApiProblem } from '../../core/api/api-problem';
import { NewcomersApi } from '../../core/api/newcomers-api';
import { newIdempotencyKey } from '../../core/api/booking-api';
import {
  NEWCOMER_STATUSES,
  NewcomerFile,
  NewcomerStatus,
  NewcomerTimelineEntry,
  PersonRef,
} from '../../core/api/newcomers.types';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { CommunePicker } from '../../shared/territory/commune-picker';
import { WelcomeVillageChoice } from '../welcome-villages/welcome-village-choice';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { NetworkApi } from '../network-api';
import { NetworkNav } from '../network-nav';
import { NewcomerTrialDays } from './newcomer-trial-days';
import { dateTime, fullName, localDate, shortDate } from './newcomer-words';

export const NOTE_MAX_LENGTH = 4000;
export const NEXT_ACTION_NOTE_MAX_LENGTH = 500;
/** Officers are a handful: one page lists them all in the select. */
export const OFFICERS_LIMIT = 200;

/** One newcomer's file: who they are and what they wish, where the file stands, its timeline, a new note. */
@Component({
  selector: 'bastide-newcomer-file-page',
  imports: [
    CommunePicker,
    WelcomeVillageChoice,
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    NetworkNav,
    NewcomerTrialDays,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './newcomer-file-page.html',
  styleUrls: ['../network-page.scss', './newcomer-file-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewcomerFilePage {
  private readonly api = inject(NewcomersApi);
  private readonly network = inject(NetworkApi);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  readonly newcomerId = input.required<string>();

  protected readonly statuses = NEWCOMER_STATUSES;
  protected readonly noteMaxLength = NOTE_MAX_LENGTH;
  protected readonly nextActionNoteMaxLength = NEXT_ACTION_NOTE_MAX_LENGTH;

  private readonly found = rxResource({
    params: () => this.newcomerId(),
    stream: ({ params }) => this.api.file(params),
  });
  protected readonly loading = this.found.isLoading;
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly file = computed(() => {
    if (!this.found.hasValue()) {
      return null;
    }
    const file = this.found.value();
    const language = this.language.current();
    return {
      ...file,
      name: fullName(file),
      created: shortDate(file.createdAt, language),
      officerName: file.officer ? fullName(file.officer) : null,
      settled: file.settledAt ? shortDate(file.settledAt, language) : null,
      household: this.household(file.adults, file.children),
      nextAction: file.nextActionDate
        ? [localDate(file.nextActionDate, language), file.nextActionNote].filter(Boolean).join(' : ')
        : null,
      mine: file.officer !== null && file.officer.id === this.session.user()?.id,
      // Newest first: the officer reads what happened last before calling.
      timeline: [...file.timeline]
        .reverse()
        .map((entry) => ({ ...entry, time: dateTime(entry.at, language), ...this.said(entry, file, language) })),
    };
  });

  protected readonly status = new FormControl<NewcomerStatus>('new', { nonNullable: true });
  protected readonly statusForm = new FormGroup({ status: this.status });
  protected readonly welcomeCommuneCode = signal<string | null>(null);
  protected readonly note = new FormControl('', {
    nonNullable: true,
    // No `required` here: after a note is added, the emptied field of a submitted form must not show an error.
    validators: [Validators.maxLength(NOTE_MAX_LENGTH)],
  });
  /** Kept while the same note is retried after a failure, so that it is not added twice. */
  private noteKey = newIdempotencyKey();
  protected readonly noteForm = new FormGroup({ note: this.note });
  protected readonly busy = signal(false);
  /** The outcome of the last action, read out by screen readers. */
  protected readonly notice = signal('');
  protected readonly failed = signal(false);

  /** The officers a file can be handed to (`GET /users?role=admin`). */
  private readonly officerAccounts = rxResource({
    stream: () => this.network.users('', { limit: OFFICERS_LIMIT, offset: 0 }, 'admin'),
  });
  protected readonly officers = computed<readonly PersonRef[]>(() =>
    this.officerAccounts.hasValue()
      ? this.officerAccounts.value().items.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }))
      : [],
  );
  protected readonly officersProblem = computed(() => this.officerAccounts.error() !== undefined);
  protected readonly officerChoice = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly officerForm = new FormGroup({ officerId: this.officerChoice });

  /** The next action: a date (the officer in charge is reminded that morning) and what to do. */
  protected readonly nextActionForm = new FormGroup({
    date: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(NEXT_ACTION_NOTE_MAX_LENGTH)] }),
  });

  constructor() {
    // The controls start from the file as loaded (and as reloaded after each change).
    effect(() => {
      if (this.found.hasValue()) {
        const file = this.found.value();
        this.status.setValue(file.status);
        this.welcomeCommuneCode.set(file.welcomeCommune?.code ?? null);
        this.officerChoice.setValue(file.officer?.id ?? '');
        this.nextActionForm.setValue({ date: file.nextActionDate ?? '', note: file.nextActionNote ?? '' });
      }
    });
  }

  protected saveStatus(): void {
    const status = this.status.value;
    const label = this.translate.instant(`newcomers.statuses.${status}`);
    this.act(this.api.change(this.newcomerId(), { status }), 'newcomers.file.statusSaved', { status: label });
  }

  protected assignToMe(): void {
    const me = this.session.user();
    if (me) {
      this.act(this.api.change(this.newcomerId(), { officerId: me.id }), 'newcomers.file.assignedToMe');
    }
  }

  protected assignChosen(): void {
    const officer = this.officers().find((candidate) => candidate.id === this.officerChoice.value);
    if (!officer) {
      this.officerChoice.markAsTouched();
      return;
    }
    this.act(this.api.change(this.newcomerId(), { officerId: officer.id }), 'newcomers.file.assignedTo', {
      name: fullName(officer),
    });
  }

  protected saveNextAction(): void {
    const { date, note } = this.nextActionForm.getRawValue();
    if (this.nextActionForm.invalid || !DateTime.fromISO(date).isValid) {
      this.nextActionForm.markAllAsTouched();
      return;
    }
    this.act(
      this.api.change(this.newcomerId(), { nextActionDate: date, nextActionNote: note.trim() || null }),
      'newcomers.file.nextActionSaved',
      { date: localDate(date, this.language.current()) },
    );
  }

  protected clearNextAction(): void {
    this.act(
      this.api.change(this.newcomerId(), { nextActionDate: null, nextActionNote: null }),
      'newcomers.file.nextActionCleared',
      {},
      () => this.nextActionForm.reset(),
    );
  }

  /** "2 adults, 1 child" in the reader's language; null when the form left both out. */
  private household(adults: number | null, children: number | null): string | null {
    if (adults === null && children === null) {
      return null;
    }
    const language = this.language.current();
    return [
      adults === null
        ? null
        : this.translate.instant(pluralKey('newcomers.file.adults', adults, language), { count: adults }),
      children === null
        ? null
        : this.translate.instant(pluralKey('newcomers.file.children', children, language), { count: children }),
    ]
      .filter(Boolean)
      .join(', ');
  }

  protected unassign(): void {
    this.act(this.api.change(this.newcomerId(), { officerId: null }), 'newcomers.file.unassigned');
  }

  protected saveWelcomeCommune(): void {
    const code = this.welcomeCommuneCode();
    this.act(
      this.api.change(this.newcomerId(), { welcomeCommuneCode: code }),
      code ? 'newcomers.file.communeSaved' : 'newcomers.file.communeCleared',
    );
  }

  protected addNote(): void {
    if (!this.note.value.trim()) {
      this.note.setErrors({ required: true });
      this.note.markAsTouched();
      return;
    }
    if (this.note.invalid) {
      return;
    }
    this.act(
      this.api.addNote(this.newcomerId(), this.note.value.trim(), this.noteKey),
      'newcomers.file.noteAdded',
      {},
      () => {
        this.note.reset();
        this.noteKey = newIdempotencyKey();
      },
    );
  }

  protected retry(): void {
    this.found.reload();
  }

  /** Sends one change, says how it went, and reads the file again so the timeline shows it. */
  private act(
    request: Observable<unknown>,
    doneKey: string,
    params: Record<string, string> = {},
    after: () => void = () => undefined,
  ): void {
    this.busy.set(true);
    this.notice.set('');
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.failed.set(false);
        this.notice.set(this.translate.instant(doneKey, params));
        after();
        this.found.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failed.set(true);
        const problem = asApiProblem(error);
        this.notice.set(
          this.translate.instant('newcomers.file.actionFailed', {
            reason: problem.detail ?? problem.title,
          }),
        );
      },
    });
  }

  /** What a line of the timeline says, in words: the translation key and its parameters. */
  private said(
    entry: NewcomerTimelineEntry,
    file: NewcomerFile,
    language: string,
  ): { key: string | null; params: Record<string, string> } {
    const value = entry.value ?? '';
    switch (entry.kind) {
      case 'note':
        return { key: null, params: {} };
      case 'status':
        return {
          key: 'newcomers.timeline.status',
          params: { status: this.translate.instant(`newcomers.statuses.${value}`) },
        };
      case 'officer': {
        const officer = [file.officer, entry.author].find((person) => person && person.id === entry.value);
        if (!entry.value) {
          return { key: 'newcomers.timeline.unassigned', params: {} };
        }
        return officer
          ? { key: 'newcomers.timeline.assignedTo', params: { name: fullName(officer) } }
          : { key: 'newcomers.timeline.assigned', params: {} };
      }
      case 'welcome_commune':
        return entry.value
          ? {
              key: 'newcomers.timeline.welcomeCommune',
              params: { commune: file.welcomeCommune?.code === value ? file.welcomeCommune.name : value },
            }
          : { key: 'newcomers.timeline.welcomeCommuneCleared', params: {} };
      case 'next_action':
        return entry.value
          ? {
              key: 'newcomers.timeline.nextAction',
              params: { date: localDate(value, language), what: entry.text ?? '' },
            }
          : { key: 'newcomers.timeline.nextActionCleared', params: {} };
      case 'mail':
        if (value === 'trial_day_invitation') {
          return { key: 'newcomers.timeline.trialDayInvitationSent', params: {} };
        }
        return value === 'acknowledgement'
          ? { key: 'newcomers.timeline.acknowledgementSent', params: {} }
          : { key: 'newcomers.timeline.mailSent', params: { mail: value } };
      case 'trial_day':
        return { key: `newcomers.timeline.trialDay.${value}`, params: { what: entry.text ?? '' } };
      case 'account':
        return {
          key: entry.text === 'sign_up' ? 'newcomers.timeline.accountSignUp' : 'newcomers.timeline.accountLinked',
          params: {},
        };
      default:
        return { key: `newcomers.timeline.${entry.kind}`, params: {} };
    }
  }
}
