import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AreaOverview } from '../shared/ui/area-overview';
import { AccountBanners } from './account-banners';

@Component({
  selector: 'bastide-member-home-page',
  imports: [AccountBanners, AreaOverview, RouterLink, TranslatePipe],
  template: `
    <bastide-account-banners />
    <bastide-area-overview keyPrefix="member" [features]="features" />
    <nav class="member-links" aria-labelledby="member-booking-links-title">
      <h2 id="member-booking-links-title">{{ 'memberPages.bookingTitle' | translate }}</h2>
      <ul>
        <li>
          <a routerLink="/mon-espace/reserver">{{ 'memberPages.toFind' | translate }}</a>
        </li>
        <li>
          <a routerLink="/mon-espace/reservations">{{ 'memberPages.toMyBookings' | translate }}</a>
        </li>
      </ul>
    </nav>
    <nav class="member-links" aria-labelledby="member-community-links-title">
      <h2 id="member-community-links-title">{{ 'memberPages.communityTitle' | translate }}</h2>
      <ul>
        <li>
          <a routerLink="/mon-espace/evenements">{{ 'memberPages.toMyEvents' | translate }}</a>
        </li>
        <li>
          <a routerLink="/mon-espace/agenda">{{ 'memberPages.toCalendarFeed' | translate }}</a>
        </li>
        <li>
          <a routerLink="/mon-espace/annuaire">{{ 'memberPages.toDirectory' | translate }}</a>
        </li>
        <li>
          <a routerLink="/mon-espace/annuaire/profil">{{ 'memberPages.toDirectoryProfile' | translate }}</a>
        </li>
      </ul>
    </nav>
    <nav class="member-links" aria-labelledby="member-links-title">
      <h2 id="member-links-title">{{ 'memberPages.accountTitle' | translate }}</h2>
      <ul>
        <li>
          <a routerLink="/mon-espace/profil">{{ 'member.toProfile' | translate }}</a>
        </li>
        <li>
          <a routerLink="/mon-espace/notifications">{{ 'memberPages.toNotifications' | translate }}</a>
        </li>
        <li>
          <a routerLink="/mon-espace/securite">{{ 'memberPages.toSecurity' | translate }}</a>
        </li>
        <li>
          <a routerLink="/mon-espace/donnees">{{ 'memberPages.toMyData' | translate }}</a>
        </li>
      </ul>
    </nav>
  `,
  styles: `
    .member-links li {
      margin-bottom: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberHomePage {
  protected readonly features = [
    'bookDesk',
    'weeklyBookings',
    'meetingRooms',
    'events',
    'reminders',
    'calendarFeed',
    'plan',
  ] as const;
}
