import { ChangeDetectionStrategy, Component } from '@angular/core';
import { AreaOverview } from '../shared/ui/area-overview';

@Component({
  selector: 'bastide-member-home-page',
  imports: [AreaOverview],
  template: `<bastide-area-overview keyPrefix="member" [features]="features" />`,
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
