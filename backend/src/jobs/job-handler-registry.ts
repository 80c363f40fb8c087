import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JOB_KINDS, JobKind } from './job-catalogue';
import { HandlesJob, JobHandler } from './job-handler';

/** Finds the `@HandlesJob` providers; start-up fails when a job of the catalogue has none, or two. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<JobKind, JobHandler>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: HandlesJob.KEY })) {
      const kind = this.discovery.getMetadataByDecorator(HandlesJob, wrapper);
      if (!kind || !wrapper.instance) continue;
      if (this.handlers.has(kind)) throw new Error(`Job "${kind}" has two handlers.`);
      this.handlers.set(kind, wrapper.instance as JobHandler);
    }
    const missing = JOB_KINDS.filter((kind) => !this.handlers.has(kind));
    if (missing.length) {
      throw new Error(`Jobs without a handler: ${missing.join(', ')}. Add a @HandlesJob provider for each.`);
    }
  }

  handlerFor(kind: JobKind): JobHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`No handler for job "${kind}"`);
    return handler;
  }
}
