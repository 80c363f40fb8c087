import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Commune } from './entities/commune.entity';
import { Epci } from './entities/epci.entity';
import { ReferenceDataVersion } from './entities/reference-data-version.entity';
import { TerritoryController } from './territory.controller';
import { TerritorySeeder } from './territory-seeder';
import { TerritoryService } from './territory.service';

@Module({
  imports: [TypeOrmModule.forFeature([Commune, Epci, ReferenceDataVersion])],
  controllers: [TerritoryController],
  providers: [TerritoryService, TerritorySeeder],
  exports: [TerritoryService, TerritorySeeder],
})
export class TerritoryModule {}
