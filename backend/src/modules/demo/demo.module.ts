import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PlansModule } from '../plans/plans.module';
import { SitesModule } from '../sites/sites.module';
import { WelcomeVillagesModule } from '../welcome-villages/welcome-villages.module';
import { DemoEvents } from './demo-events';
import { DemoNetworkLoader } from './demo-network.loader';
import { DemoWelcomeVillages } from './demo-welcome-villages';

/** The demo network of the embedded default (`DEMO_DATA`). */
@Module({
  imports: [SitesModule, OrganizationsModule, PlansModule, EventsModule, WelcomeVillagesModule],
  providers: [DemoNetworkLoader, DemoEvents, DemoWelcomeVillages],
})
export class DemoModule {}
