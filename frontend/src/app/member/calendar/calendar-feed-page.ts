import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { CalendarsApi } from '../../core/api/calendars-api';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

type Said = 'copied' | 'copyFailed' | 'created' | 'renewed' | 'revoked' | null;

/**
 * "Mon agenda" (`/mon-espace/agenda`): the address of the member's secret calendar feed (bookings and registered events), to paste
 * into a calendar application; a new address replaces the old one, which stops working, and revoking
 * leaves none. Every outcome is said in a live region.
 */
@Component({
  selector: 'bastide-calendar-feed-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ProblemMessagePipe, RouterLink, TranslatePipe],
  template: `
    <div class="calendar-feed">
      <h1>{{ 'calendarFeed.title' | translate }}</h1>
      <p>{{ 'calendarFeed.intro' | translate }}</p>
      <div class="calendar-feed__problem" role="alert">
        @if (problem(); as problem) {
          <p>{{ problem | problemMessage: ('calendarFeed.failed' | translate) }}</p>
        }
      </div>
      <p role="status" class="calendar-feed__status">
        @if (said(); as said) {
          {{ 'calendarFeed.said.' + said | translate }}
        }
      </p>
      @if (loaded()) {
        @if (url(); as url) {
          <mat-form-field class="calendar-feed__url" subscriptSizing="dynamic">
            <mat-label>{{ 'calendarFeed.urlLabel' | translate }}</mat-label>
            <input matInput readonly [value]="url" (focus)="selectAll($event)" />
            <mat-hint>{{ 'calendarFeed.secret' | translate }}</mat-hint>
          </mat-form-field>
          <div class="calendar-feed__actions">
            <button mat-flat-button type="button" (click)="copy(url)">{{ 'calendarFeed.copy' | translate }}</button>
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="renew()">
              {{ 'calendarFeed.renew' | translate }}
            </button>
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="revoke()">
              {{ 'calendarFeed.revoke' | translate }}
            </button>
          </div>
        } @else {
          <button mat-flat-button type="button" [disabled]="busy()" (click)="renew()">
            {{ 'calendarFeed.create' | translate }}
          </button>
        }
      }
      <p class="calendar-feed__back">
        <a routerLink="/mon-espace">{{ 'memberPages.backToMemberArea' | translate }}</a>
      </p>
    </div>
  `,
  styles: `
    .calendar-feed {
      max-width: 40rem;
    }

    .calendar-feed__back {
      margin-top: 2rem;
    }

    .calendar-feed__url {
      width: 100%;
    }

    .calendar-feed__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 1rem;
    }

    .calendar-feed__problem:not(:empty) {
      margin-bottom: 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .calendar-feed__problem p {
      margin: 0;
    }

    .calendar-feed__status:empty {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedPage implements OnInit {
  private readonly api = inject(CalendarsApi);
  private readonly clipboard = inject(Clipboard);

  protected readonly loaded = signal(false);
  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly said = signal<Said>(null);
  protected readonly problem = signal<ApiProblem | null>(null);

  ngOnInit(): void {
    this.api.myFeed().subscribe({
      next: (feed) => {
        this.url.set(feed.url);
        this.loaded.set(true);
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        // 404: no feed yet, which the card offers to make.
        if (problem.status !== 404) this.problem.set(problem);
        this.loaded.set(true);
      },
    });
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected copy(url: string): void {
    this.said.set(this.clipboard.copy(url) ? 'copied' : 'copyFailed');
  }

  protected renew(): void {
    const had = this.url() !== null;
    this.start();
    this.api.renewMyFeed().subscribe({
      next: (feed) => {
        this.url.set(feed.url);
        this.busy.set(false);
        this.said.set(had ? 'renewed' : 'created');
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected revoke(): void {
    this.start();
    this.api.revokeMyFeed().subscribe({
      next: () => {
        this.url.set(null);
        this.busy.set(false);
        this.said.set('revoked');
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  private start(): void {
    this.busy.set(true);
    this.said.set(null);
    this.problem.set(null);
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.problem.set(asApiProblem(error));
  }
}
