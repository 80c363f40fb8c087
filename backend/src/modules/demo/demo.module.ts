import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PlansModule } from '../plans/plans.module';
import { SitesModule } from '../sites/sites.module';
import { DemoEvents } from './demo-events';
import { DemoNetworkLoader } from './demo-network.loader';

/** The demo network of the embedded default (`DEMO_DATA`). */
@Module({
  imports: [SitesModule, OrganizationsModule, PlansModule, EventsModule],
  providers: [DemoNetworkLoader, DemoEvents],
})
export class DemoModule {}
