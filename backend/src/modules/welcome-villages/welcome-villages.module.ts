import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoryModule } from '../territory/territory.module';
import { WelcomeVillage } from './entities/welcome-village.entity';
import { WelcomeVillagesController } from './welcome-villages.controller';
import { WelcomeVillagesService } from './welcome-villages.service';

/**
 * Welcome villages of the Soho Solo accompaniment: communes that volunteer to welcome newcomers, their relay
 * and what they offer. Apart from the newcomers' files: a village exists whether or not anyone chose it, and
 * a file's welcome commune may be any commune. Communes are checked with territory's `TerritoryService`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([WelcomeVillage]), TerritoryModule],
  controllers: [WelcomeVillagesController],
  providers: [WelcomeVillagesService],
  exports: [WelcomeVillagesService],
})
export class WelcomeVillagesModule {}
