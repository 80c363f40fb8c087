import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployerLookup } from '../identity/employer-lookup';
import { Employers } from './employers';
import { OrganizationMember } from './entities/organization-member.entity';
import { Organization } from './entities/organization.entity';
import { TeleworkContractSite } from './entities/telework-contract-site.entity';
import { TeleworkContract } from './entities/telework-contract.entity';
import { OrganizationMembersService } from './organization-members.service';
import { OrganizationPersonalData } from './organization-personal-data';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

/**
 * Employers, their telework contracts and their members. Imports nothing of identity or sites (their
 * tables are reached by foreign keys; members are named by identity's global `PeopleDirectory`): identity
 * imports this module for `EmployerLookup`, the plans module for `Employers`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Organization, TeleworkContract, TeleworkContractSite, OrganizationMember])],
  controllers: [OrganizationsController],
  providers: [
    OrganizationsService,
    OrganizationMembersService,
    OrganizationPersonalData,
    Employers,
    { provide: EmployerLookup, useExisting: Employers },
  ],
  // The services too, for the demo loader, which opens its employer through the same rules as an officer.
  exports: [Employers, EmployerLookup, OrganizationsService, OrganizationMembersService],
})
export class OrganizationsModule {}
