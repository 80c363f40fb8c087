import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { NotificationsApi } from '../../core/api/notifications-api';
import { MailTopic, NotificationPreferences } from '../../core/api/notifications.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { Session } from '../../core/auth/session';
import { LANGUAGES } from '../../core/i18n/language';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';

/** In the order a member meets them; the host's sheet last, and only for hosts. */
const MEMBER_TOPICS: readonly MailTopic[] = [
  'bookingConfirmations',
  'bookingReminders',
  'eventRegistrations',
  'eventReminders',
];
const HOST_TOPIC: MailTopic = 'hostDailySheet';

/**
 * "Mes notifications" (`/mon-espace/notifications`): which optional e-mails the member receives, whether
 * they receive community mail, and the language of their mails. Mails about what someone else did are
 * always sent, which the page says; the host's daily sheet shows only to hosts (and is left alone for others).
 */
@Component({
  selector: 'bastide-notification-preferences-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatCheckboxModule,
    MatRadioModule,
    ProblemMessagePipe,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './notification-preferences-page.html',
  styleUrl: './notification-preferences-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationPreferencesPage implements OnInit {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(Session);

  protected readonly languages = LANGUAGES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    bookingConfirmations: true,
    bookingReminders: true,
    eventRegistrations: true,
    eventReminders: true,
    hostDailySheet: true,
    communityAnnouncements: true,
    locale: 'fr' as NotificationPreferences['locale'],
  });

  protected readonly hosts = computed(() => {
    const user = this.session.user();
    return user?.role === 'host' || (user?.hostedSiteIds.length ?? 0) > 0;
  });
  protected readonly topics = computed(() => (this.hosts() ? [...MEMBER_TOPICS, HOST_TOPIC] : MEMBER_TOPICS));

  protected readonly loaded = signal(false);
  protected readonly loadProblem = signal<ApiProblem | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly saveProblem = signal<ApiProblem | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loadProblem.set(null);
    this.api.myPreferences().subscribe({
      next: (preferences) => {
        this.show(preferences);
        this.loaded.set(true);
      },
      error: (error: unknown) => this.loadProblem.set(asApiProblem(error)),
    });
  }

  protected save(): void {
    const value = this.form.getRawValue();
    const topics: Partial<Record<MailTopic, boolean>> = {};
    // A hidden choice is not sent, so saving never changes what the member could not see.
    for (const topic of this.topics()) topics[topic] = value[topic];
    this.saving.set(true);
    this.saved.set(false);
    this.saveProblem.set(null);
    this.api
      .updateMyPreferences({ topics, communityAnnouncements: value.communityAnnouncements, locale: value.locale })
      .subscribe({
        next: (preferences) => {
          this.show(preferences);
          const user = this.session.user();
          // The language is the account's: the profile page shows the new one without a reload.
          if (user) this.session.updateUser({ ...user, locale: preferences.locale });
          this.saving.set(false);
          this.saved.set(true);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.saveProblem.set(asApiProblem(error));
        },
      });
  }

  private show(preferences: NotificationPreferences): void {
    this.form.setValue({
      ...preferences.topics,
      communityAnnouncements: preferences.communityAnnouncements,
      locale: preferences.locale,
    });
  }
}
