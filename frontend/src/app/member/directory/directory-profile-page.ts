import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { CommunityApi } from '../../core/api/community-api';
import { DirectoryProfile, DirectorySite, Skill } from '../../core/api/community.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { SitesApi } from '../../core/api/sites-api';
import { Session } from '../../core/auth/session';
import { applyFieldErrors, fieldError, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { SKILL_SUGGESTIONS_DEBOUNCE_MS } from './directory-page';
import { MyUnsubscriptionsSection } from './my-unsubscriptions-section';

export const MAX_SKILLS = 15;
export const TRADE_MAX_LENGTH = 80;
export const HELP_TEXT_MAX_LENGTH = 1000;

/**
 * "Mon profil annuaire": the member's card in the directory, hidden until they choose to list it; the
 * sites where they booked are offered, never attached without their say. Below, the community mails they
 * stopped, to receive again.
 */
@Component({
  selector: 'bastide-directory-profile-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatAutocompleteModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSlideToggleModule,
    MyUnsubscriptionsSection,
    ProblemMessagePipe,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './directory-profile-page.html',
  styleUrl: './directory-profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DirectoryProfilePage {
  private readonly api = inject(CommunityApi);
  private readonly sitesApi = inject(SitesApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly session = inject(Session);

  protected readonly tradeMaxLength = TRADE_MAX_LENGTH;
  protected readonly helpTextMaxLength = HELP_TEXT_MAX_LENGTH;
  protected readonly maxSkills = MAX_SKILLS;
  private readonly autocomplete = viewChild(MatAutocompleteTrigger);

  protected readonly form = new FormGroup({
    listed: new FormControl(false, { nonNullable: true }),
    trade: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(TRADE_MAX_LENGTH)] }),
    helpText: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(HELP_TEXT_MAX_LENGTH)] }),
    showEmail: new FormControl(false, { nonNullable: true }),
  });
  protected readonly skillText = new FormControl('', { nonNullable: true });
  protected readonly skills = signal<readonly string[]>([]);
  protected readonly siteIds = signal<ReadonlySet<string>>(new Set());
  protected readonly suggestedSiteIds = signal<ReadonlySet<string>>(new Set());
  protected readonly skillSuggestions = signal<readonly Skill[]>([]);

  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly saveProblem = signal<ApiProblem | null>(null);
  protected readonly skillsError = computed(() => fieldError(this.saveProblem(), 'skills'));
  protected readonly sitesError = computed(() => fieldError(this.saveProblem(), 'siteIds'));

  private readonly found = rxResource({ stream: () => this.api.myProfile() });
  protected readonly loaded = computed(() => this.found.hasValue());
  protected readonly isLoading = this.found.isLoading;
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  private readonly sitesFound = rxResource({
    stream: () => this.sitesApi.sites({}).pipe(catchError(() => of({ items: [], total: 0 }))),
  });
  /** Published sites, those where the member booked first. */
  protected readonly sites = computed<readonly DirectorySite[]>(() => {
    const all = this.sitesFound.hasValue() ? this.sitesFound.value().items : [];
    const suggested = this.suggestedSiteIds();
    return [...all]
      .map((site) => ({ id: site.id, name: site.name }))
      .sort((a, b) => Number(suggested.has(b.id)) - Number(suggested.has(a.id)) || a.name.localeCompare(b.name));
  });

  constructor() {
    this.skillText.valueChanges
      .pipe(
        debounceTime(SKILL_SUGGESTIONS_DEBOUNCE_MS),
        map((text) => text.trim()),
        distinctUntilChanged(),
        switchMap((text) =>
          text
            ? this.api.skills(text).pipe(
                map((page) => page.items.filter((skill) => !this.skills().includes(skill.tag))),
                catchError(() => of([])),
              )
            : of([]),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((skills) => this.skillSuggestions.set(skills));
    // The form takes the card once loaded (and again after a retry); saving fills it with the answer.
    effect(() => {
      if (this.found.hasValue()) {
        const profile = this.found.value();
        untracked(() => this.fill(profile));
      }
    });
  }

  /** Enter or a comma adds what was typed; Enter never submits the whole card from here. */
  protected skillKey(event: KeyboardEvent): void {
    if (event.key === ',' || (event.key === 'Enter' && !this.autocomplete()?.activeOption)) {
      event.preventDefault();
      this.addTypedSkill();
    }
  }

  protected addTypedSkill(): void {
    this.pushSkill(this.skillText.value);
    this.skillText.setValue('', { emitEvent: false });
    this.skillSuggestions.set([]);
  }

  protected chooseSkill(event: MatAutocompleteSelectedEvent): void {
    this.pushSkill(String(event.option.value));
    this.skillText.setValue('', { emitEvent: false });
    this.skillSuggestions.set([]);
  }

  protected removeSkill(skill: string): void {
    this.skills.update((skills) => skills.filter((s) => s !== skill));
  }

  protected toggleSite(siteId: string, checked: boolean): void {
    this.siteIds.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(siteId);
      else next.delete(siteId);
      return next;
    });
  }

  protected save(): void {
    this.saved.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.saveProblem.set(null);
    const value = this.form.getRawValue();
    this.api
      .saveMyProfile({
        ...value,
        trade: value.trade.trim(),
        helpText: value.helpText.trim(),
        skills: [...this.skills()],
        siteIds: [...this.siteIds()],
      })
      .subscribe({
        next: (profile) => {
          this.fill(profile);
          this.saving.set(false);
          this.saved.set(true);
        },
        error: (error: unknown) => {
          const problem = asApiProblem(error);
          this.saving.set(false);
          this.saveProblem.set(problem);
          applyFieldErrors(this.form, problem, ['skills', 'siteIds']);
        },
      });
  }

  protected retry(): void {
    this.found.reload();
  }

  private pushSkill(typed: string): void {
    // The server normalises too; doing it here shows the member the tag they will get.
    const tag = typed.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!tag) return;
    this.skills.update((skills) => (skills.includes(tag) || skills.length >= MAX_SKILLS ? skills : [...skills, tag]));
  }

  private fill(profile: DirectoryProfile): void {
    this.form.reset({
      listed: profile.listed,
      trade: profile.trade,
      helpText: profile.helpText,
      showEmail: profile.showEmail,
    });
    this.skills.set(profile.skills);
    this.siteIds.set(new Set(profile.sites.map((site) => site.id)));
    this.suggestedSiteIds.set(new Set(profile.suggestedSites.map((site) => site.id)));
  }
}
