import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { CalendarsApi } from '../../core/api/calendars-api';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { CalendarHowTo } from './calendar-how-to';

type Said = 'copied' | 'copyFailed' | 'created' | 'renewed' | 'revoked' | null;

/**
 * "Mon agenda" (`/mon-espace/agenda`): the address of the member's secret calendar feed (bookings and
 * registered events), to copy into a calendar application, to open as a `webcal:` subscription, or to
 * download once as an `.ics` file; how to subscribe in the common applications; a new address replaces
 * the old one, which stops working, and revoking leaves none. Every outcome is said in a live region.
 */
@Component({
  selector: 'bastide-calendar-feed-page',
  imports: [
    CalendarHowTo,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ProblemMessagePipe,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './calendar-feed-page.html',
  styleUrl: './calendar-feed-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeedPage implements OnInit {
  private readonly api = inject(CalendarsApi);
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);

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

  /** The same address for the calendar applications that open `webcal:` links as a subscription. */
  protected webcalOf(url: string): string {
    return url.replace(/^https?:/, 'webcal:');
  }

  /**
   * The asynchronous Clipboard API where the browser offers it (a secure context); otherwise, or if it is
   * refused, the CDK's copy through a hidden text area, which older browsers and plain HTTP allow.
   */
  protected copy(url: string): void {
    this.said.set(null);
    const fallback = () => this.said.set(this.clipboard.copy(url) ? 'copied' : 'copyFailed');
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!clipboard?.writeText) {
      fallback();
      return;
    }
    clipboard.writeText(url).then(() => this.said.set('copied'), fallback);
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
