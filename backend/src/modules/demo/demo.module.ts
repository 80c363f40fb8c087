import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module';
import { DemoNetworkLoader } from './demo-network.loader';

/** The demo network of the embedded default (`DEMO_DATA`). */
@Module({
  imports: [SitesModule],
  providers: [DemoNetworkLoader],
})
export class DemoModule {}
