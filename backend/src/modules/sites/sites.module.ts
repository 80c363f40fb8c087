import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HostedSitesLookup } from '../../common/access/principal';
import { TerritoryModule } from '../territory/territory.module';
import { Resource } from './entities/resource.entity';
import { SiteClosure } from './entities/site-closure.entity';
import { SiteHost } from './entities/site-host.entity';
import { Site } from './entities/site.entity';
import { ResourcesController } from './resources.controller';
import { ResourcesService } from './resources.service';
import { SiteAccess } from './site-access';
import { SiteCalendar } from './site-calendar';
import { SiteClosureListeners } from './site-closure-listener';
import { SiteClosuresController } from './site-closures.controller';
import { SiteClosuresService } from './site-closures.service';
import { SiteProximity } from './site-proximity';
import { SiteHostsController } from './site-hosts.controller';
import { SiteHostsService } from './site-hosts.service';
import { SitesController } from './sites.controller';
import { SitesService } from './sites.service';

/**
 * Sites, their resources, closures and hosts. Imports nothing of identity: identity imports this module
 * for `HostedSitesLookup` to build each caller's principal, and the booking module for `SiteCalendar`.
 * Hosts are named through identity's `PeopleDirectory`, which the global identity module provides. The modules
 * that act on a closure register their listener in `SiteClosureListeners`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Site, SiteClosure, Resource, SiteHost]), TerritoryModule],
  controllers: [SitesController, SiteClosuresController, ResourcesController, SiteHostsController],
  providers: [
    SiteAccess,
    SitesService,
    SiteClosuresService,
    ResourcesService,
    SiteHostsService,
    SiteCalendar,
    SiteClosureListeners,
    SiteProximity,
    { provide: HostedSitesLookup, useExisting: SiteHostsService },
  ],
  exports: [
    SitesService,
    ResourcesService,
    SiteHostsService,
    HostedSitesLookup,
    SiteCalendar,
    SiteClosureListeners,
    SiteProximity,
  ],
})
export class SitesModule {}
