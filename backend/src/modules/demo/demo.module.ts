import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PlansModule } from '../plans/plans.module';
import { SitesModule } from '../sites/sites.module';
import { DemoNetworkLoader } from './demo-network.loader';

/** The demo network of the embedded default (`DEMO_DATA`). */
@Module({
  imports: [SitesModule, OrganizationsModule, PlansModule],
  providers: [DemoNetworkLoader],
})
export class DemoModule {}
