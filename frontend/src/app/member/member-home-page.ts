import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AreaOverview } from '../shared/ui/area-overview';

@Component({
  selector: 'bastide-member-home-page',
  imports: [AreaOverview, RouterLink, TranslatePipe],
  template: `
    <bastide-area-overview keyPrefix="member" [features]="features" />
    <p>
      <a routerLink="/mon-espace/profil">{{ 'member.toProfile' | translate }}</a>
    </p>
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
