import { Logger } from '@nestjs/common';

/**
 * Runs `pass` again `intervalMs` after each pass ends (never two at once), until stopped; `stop` waits for
 * the pass in hand. What to do lives in the database, so nothing is lost when the loop stops.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly pass: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
    private readonly failure: string,
  ) {}

  start(): void {
    const tick = () => {
      this.running = this.pass()
        .catch((error) => this.logger.error({ err: error }, this.failure))
        .finally(() => {
          this.running = undefined;
          if (this.timer) this.timer = setTimeout(tick, this.intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    const timer = this.timer;
    this.timer = undefined;
    if (timer) clearTimeout(timer);
    await this.running;
  }
}
