import { ChangeDetectionStrategy, Component } from '@angular/core';
import { AreaOverview } from '../shared/ui/area-overview';

@Component({
  selector: 'bastide-host-home-page',
  imports: [AreaOverview],
  template: `<bastide-area-overview keyPrefix="host" [features]="features" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostHomePage {
  protected readonly features = ['siteDescription', 'resources', 'arrivals', 'checkIn', 'events', 'messages'] as const;
}
