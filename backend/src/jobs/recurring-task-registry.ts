import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { checkSchedule } from './recurring-schedule';
import { Recurring, RecurringSchedule, RecurringTask } from './recurring-task';

export interface RegisteredTask {
  schedule: RecurringSchedule;
  task: RecurringTask;
}

/** Finds the `@Recurring` providers; start-up fails on two tasks with one id, or an unreadable schedule. */
@Injectable()
export class RecurringTaskRegistry implements OnModuleInit {
  private readonly tasks = new Map<string, RegisteredTask>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: Recurring.KEY })) {
      const schedule = this.discovery.getMetadataByDecorator(Recurring, wrapper);
      if (!schedule || !wrapper.instance) continue;
      checkSchedule(schedule);
      if (this.tasks.has(schedule.id)) throw new Error(`Recurring task "${schedule.id}" is declared twice.`);
      this.tasks.set(schedule.id, { schedule, task: wrapper.instance as RecurringTask });
    }
  }

  all(): RegisteredTask[] {
    return [...this.tasks.values()];
  }

  find(id: string): RegisteredTask | undefined {
    return this.tasks.get(id);
  }
}
