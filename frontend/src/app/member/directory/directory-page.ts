import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { CommunityApi, DirectoryCriteria } from '../../core/api/community-api';
import { DirectoryEntry, Skill } from '../../core/api/community.types';
import { SitesApi } from '../../core/api/sites-api';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';

export const DIRECTORY_PAGE_SIZE = 24;
export const SKILL_SUGGESTIONS_DEBOUNCE_MS = 250;

/**
 * "Annuaire": the members of the network who chose to be listed, for signed-in members. Searched by words,
 * by skill (suggested from the skills of listed cards) and by site; a skill on a card searches for it.
 */
@Component({
  selector: 'bastide-directory-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './directory-page.html',
  styleUrl: './directory-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DirectoryPage {
  private readonly api = inject(CommunityApi);
  private readonly sitesApi = inject(SitesApi);

  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    skill: new FormControl('', { nonNullable: true }),
    siteId: new FormControl('', { nonNullable: true }),
  });

  private readonly criteria = signal<DirectoryCriteria>({ limit: DIRECTORY_PAGE_SIZE });

  private readonly found = rxResource({
    params: () => this.criteria(),
    stream: ({ params }) => this.api.directory(params),
  });
  protected readonly page = computed(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly hasMore = computed(() => {
    const page = this.page();
    return !!page && page.items.length < page.total;
  });

  private readonly sitesFound = rxResource({
    stream: () => this.sitesApi.sites({}).pipe(catchError(() => of({ items: [], total: 0 }))),
  });
  protected readonly sites = computed(() => (this.sitesFound.hasValue() ? this.sitesFound.value().items : []));

  protected readonly skillSuggestions = signal<readonly Skill[]>([]);

  constructor() {
    this.form.controls.skill.valueChanges
      .pipe(
        debounceTime(SKILL_SUGGESTIONS_DEBOUNCE_MS),
        map((text) => text.trim()),
        distinctUntilChanged(),
        switchMap((text) =>
          this.api.skills(text).pipe(
            map((page) => page.items),
            // Suggestions help; without them the member can still type a skill.
            catchError(() => of([])),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((skills) => this.skillSuggestions.set(skills));
    this.form.controls.siteId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.search());
  }

  protected search(): void {
    const { q, skill, siteId } = this.form.getRawValue();
    this.criteria.set({ q: q.trim(), skill: skill.trim(), siteId, limit: DIRECTORY_PAGE_SIZE });
  }

  /** A skill chosen among the suggestions, or on a card, searches at once. */
  protected searchSkill(skill: string): void {
    this.form.controls.skill.setValue(skill);
    this.search();
  }

  protected clear(): void {
    this.form.reset({ q: '', skill: '', siteId: '' }, { emitEvent: false });
    this.search();
  }

  protected showMore(): void {
    this.criteria.update((criteria) => ({ ...criteria, limit: (criteria.limit ?? 0) + DIRECTORY_PAGE_SIZE }));
  }

  protected siteNames(entry: DirectoryEntry): string {
    return entry.sites.map((site) => site.name).join(', ');
  }

  protected retry(): void {
    this.found.reload();
  }
}
