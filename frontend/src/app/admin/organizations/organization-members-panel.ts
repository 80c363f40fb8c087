import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { OrganizationDetailView, OrganizationMemberView } from '../../core/api/plans.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { NetworkApi, UserSummary } from '../network-api';
import { OrganizationApi } from './organization-api';

export const MEMBER_CANDIDATES_SHOWN = 10;

/**
 * The employer's members: an officer finds an account by name or e-mail address and attaches it (which
 * moves it from any previous employer), or detaches a member. Each change answers the organization anew.
 */
@Component({
  selector: 'bastide-organization-members-panel',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ProblemMessagePipe,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <section class="management-panel" aria-labelledby="organization-members-title">
      <h2 id="organization-members-title">{{ 'admin.organizationMembers.title' | translate }}</h2>
      <p>{{ membersKey() | translate: { count: organization().memberCount } }}</p>
      @if (organization().members.length > 0) {
        <ul class="management-panel__list">
          @for (member of organization().members; track member.userId) {
            <li>
              <span
                >{{ member.firstName }} {{ member.lastName }}
                <span class="management-panel__secondary">{{ member.email }}</span></span
              >
              <button mat-button type="button" [disabled]="busy()" (click)="detach(member)">
                {{ 'admin.organizationMembers.detach' | translate }}
                <span class="visually-hidden">{{ member.firstName }} {{ member.lastName }}</span>
              </button>
            </li>
          }
        </ul>
      }

      <h3 id="organization-members-attach">{{ 'admin.organizationMembers.attachTitle' | translate }}</h3>
      <p>{{ 'admin.organizationMembers.attachIntro' | translate }}</p>
      <form [formGroup]="searchForm" (ngSubmit)="search()" role="search" aria-labelledby="organization-members-attach">
        <div class="management-panel__row">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'admin.organizationMembers.search' | translate }}</mat-label>
            <input matInput type="search" autocomplete="off" formControlName="query" />
          </mat-form-field>
          <button mat-stroked-button type="submit" class="management-panel__row-button" [disabled]="searching()">
            {{ 'admin.organizationMembers.searchButton' | translate }}
          </button>
        </div>
      </form>

      <p role="status" class="visually-hidden">
        @if (candidates(); as candidates) {
          {{ foundKey() | translate: { count: candidates.length } }}
        }
      </p>
      @if (candidates(); as candidates) {
        @if (candidates.length > 0) {
          <ul class="management-panel__list" [attr.aria-label]="'admin.organizationMembers.candidates' | translate">
            @for (user of candidates; track user.id) {
              <li>
                <span
                  >{{ user.firstName }} {{ user.lastName }}
                  <span class="management-panel__secondary">{{ user.email }}</span></span
                >
                @if (isMember(user)) {
                  <span>{{ 'admin.organizationMembers.alreadyMember' | translate }}</span>
                } @else {
                  <button mat-flat-button type="button" [disabled]="busy()" (click)="attach(user)">
                    {{ 'admin.organizationMembers.attach' | translate }}
                    <span class="visually-hidden">{{ user.firstName }} {{ user.lastName }}</span>
                  </button>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="management-panel__empty">{{ 'admin.organizationMembers.noMatch' | translate }}</p>
        }
      }

      <p class="management-panel__notice" role="status">{{ notice() }}</p>
      <div class="management-panel__problem" role="alert">
        @if (problem(); as problem) {
          <p>{{ problem | problemMessage }}</p>
        }
      </div>
    </section>
  `,
  styleUrl: '../../shared/site-management/management-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationMembersPanel {
  private readonly api = inject(OrganizationApi);
  private readonly network = inject(NetworkApi);
  private readonly confirmer = inject(Confirmer);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly organization = input.required<OrganizationDetailView>();
  /** The organization as the API answers it after a change. */
  readonly changed = output<OrganizationDetailView>();

  protected readonly searchForm = new FormGroup({ query: new FormControl('', { nonNullable: true }) });
  protected readonly candidates = signal<readonly UserSummary[] | null>(null);
  protected readonly searching = signal(false);
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly membersKey = computed(() =>
    pluralKey('admin.organizationMembers.count', this.organization().memberCount, this.language.current()),
  );
  protected readonly foundKey = computed(() =>
    pluralKey('admin.organizationMembers.found', this.candidates()?.length ?? 0, this.language.current()),
  );
  private readonly memberIds = computed(() => new Set(this.organization().members.map((m) => m.userId)));

  protected isMember(user: UserSummary): boolean {
    return this.memberIds().has(user.id);
  }

  protected search(): void {
    const q = this.searchForm.controls.query.value.trim();
    if (!q) {
      this.candidates.set(null);
      return;
    }
    this.searching.set(true);
    this.problem.set(null);
    this.network.users(q, { limit: MEMBER_CANDIDATES_SHOWN, offset: 0 }).subscribe({
      next: (page) => {
        this.searching.set(false);
        this.candidates.set(page.items);
      },
      error: (error: unknown) => {
        this.searching.set(false);
        this.problem.set(asApiProblem(error));
      },
    });
  }

  protected attach(user: UserSummary): void {
    const id = this.organization().id;
    this.start();
    this.api
      .attach(id, user.id)
      .pipe(switchMap(() => this.api.get(id)))
      .subscribe({
        next: (organization) => {
          this.busy.set(false);
          this.changed.emit(organization);
          this.notice.set(
            this.translate.instant('admin.organizationMembers.attached', {
              ...this.names(user),
              organization: organization.name,
            }),
          );
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected detach(member: OrganizationMemberView): void {
    const id = this.organization().id;
    const params = { ...this.names(member), organization: this.organization().name };
    this.confirmer
      .confirm({
        titleKey: 'admin.organizationMembers.detachTitle',
        messageKey: 'admin.organizationMembers.detachMessage',
        confirmKey: 'admin.organizationMembers.detachConfirm',
        params,
      })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.start();
          return this.api.detach(id, member.userId);
        }),
        switchMap(() => this.api.get(id)),
      )
      .subscribe({
        next: (organization) => {
          this.busy.set(false);
          this.changed.emit(organization);
          this.notice.set(this.translate.instant('admin.organizationMembers.detached', params));
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  private names(person: { firstName: string; lastName: string }): { firstName: string; lastName: string } {
    return { firstName: person.firstName, lastName: person.lastName };
  }

  private start(): void {
    this.busy.set(true);
    this.notice.set('');
    this.problem.set(null);
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.problem.set(asApiProblem(error));
  }
}
