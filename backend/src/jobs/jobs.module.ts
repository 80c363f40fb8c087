import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsAdminController } from './admin/jobs-admin.controller';
import { JobsAdminService } from './admin/jobs-admin.service';
import { JobsDashboard } from './admin/jobs-dashboard';
import { OutboxQueue } from './admin/outbox-queue';
import { OutboxMessage } from './entities/outbox-message.entity';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobsRuntime, PROCESS_ROLE, ProcessRole } from './jobs-runtime';
import { OutboxMonitor } from './outbox-monitor';
import { OutboxProcessor } from './outbox-processor';
import { OutboxService } from './outbox.service';
import { RecurringTaskRegistry } from './recurring-task-registry';

/**
 * The outbox and the machinery that works it. Modules schedule work through `OutboxService` only; officers
 * see and retry messages through `admin/`, and open the BullMQ dashboard (`JobsDashboard`, mounted by
 * `http-app.ts`); monitoring measures the backlog and the queue through `OutboxMonitor`.
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(role: ProcessRole): DynamicModule {
    return {
      module: JobsModule,
      imports: [DiscoveryModule, TypeOrmModule.forFeature([OutboxMessage])],
      controllers: [JobsAdminController],
      providers: [
        { provide: PROCESS_ROLE, useValue: role },
        OutboxService,
        OutboxProcessor,
        JobHandlerRegistry,
        RecurringTaskRegistry,
        JobsRuntime,
        OutboxQueue,
        JobsAdminService,
        JobsDashboard,
        OutboxMonitor,
      ],
      exports: [OutboxService, JobsRuntime, OutboxMonitor, PROCESS_ROLE],
    };
  }
}
