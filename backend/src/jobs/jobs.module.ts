import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMessage } from './entities/outbox-message.entity';
import { JobHandlerRegistry } from './job-handler-registry';
import { JobsRuntime, PROCESS_ROLE, ProcessRole } from './jobs-runtime';
import { OutboxProcessor } from './outbox-processor';
import { OutboxService } from './outbox.service';

/** The outbox and the machinery that works it. Modules schedule work through `OutboxService` only. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(role: ProcessRole): DynamicModule {
    return {
      module: JobsModule,
      imports: [DiscoveryModule, TypeOrmModule.forFeature([OutboxMessage])],
      providers: [
        { provide: PROCESS_ROLE, useValue: role },
        OutboxService,
        OutboxProcessor,
        JobHandlerRegistry,
        JobsRuntime,
      ],
      exports: [OutboxService, JobsRuntime],
    };
  }
}
