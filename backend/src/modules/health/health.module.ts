import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { NotificationsModule } from '../notifications/notifications.module';
import { HealthController } from './health.controller';
import { RedisProbe } from './redis-probe';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), NotificationsModule],
  controllers: [HealthController],
  providers: [RedisProbe],
})
export class HealthModule {}
