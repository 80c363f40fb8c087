import { ChangeDetectionStrategy, Component } from '@angular/core';
import { AreaOverview } from '../shared/ui/area-overview';

@Component({
  selector: 'bastide-network-home-page',
  imports: [AreaOverview],
  template: `<bastide-area-overview keyPrefix="network" [features]="features" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkHomePage {
  protected readonly features = ['sitesAndHosts', 'occupancy', 'teleworkerDays', 'newcomers', 'exports'] as const;
}
