import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Metrics } from '../monitoring/metrics';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string | Buffer; contentType: string }[];
  /** A calendar invitation, sent as a `text/calendar` alternative. */
  icalEvent?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string };
}

export interface SentMail {
  messageId: string;
  /** The `.eml` file written in the embedded default. */
  file?: string;
}

/**
 * nodemailer over `SMTP_URL`, or, without it, `.eml` files under `.data/mail/` that any mail client opens.
 * `send` resolves only once the SMTP server accepted the message, so the outbox marks it sent only then.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly mailDir: string | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    if (config.smtpUrl) {
      // Pooled: a fresh connection for each mail costs a TCP connect, EHLO and QUIT every time, which held a
      // worker to a fraction of its rate (docs/performance.md). One connection per job a worker does at once
      // (JOB_CONCURRENCY), each reused for 100 messages; `?pool=false` in SMTP_URL turns it off.
      this.transporter = createTransport(
        { url: config.smtpUrl, pool: true, maxConnections: config.jobConcurrency },
        { from: config.mailFrom },
      );
    } else {
      this.mailDir = join(config.dataDir, 'mail');
      this.transporter = createTransport(
        { streamTransport: true, buffer: true, newline: 'unix' },
        { from: config.mailFrom },
      );
    }
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    try {
      const sent = await this.deliver(mail);
      this.metrics.mailSent();
      return sent;
    } catch (error) {
      this.metrics.mailFailed();
      throw error;
    }
  }

  private async deliver(mail: OutgoingMail): Promise<SentMail> {
    const info = await this.transporter.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
      attachments: mail.attachments,
      icalEvent: mail.icalEvent ? { method: mail.icalEvent.method, content: mail.icalEvent.content } : undefined,
    });
    if (!this.mailDir) return { messageId: String(info.messageId) };
    await mkdir(this.mailDir, { recursive: true });
    const file = join(this.mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`);
    await writeFile(file, info.message as Buffer);
    this.logger.log(`Mail "${mail.subject}" written to ${file}`);
    return { messageId: String(info.messageId), file };
  }

  /**
   * For readiness: whether the SMTP server answers a connection and EHLO within `timeoutMs` (nodemailer's
   * verify). Files need no server: `not_configured`.
   */
  async reachable(timeoutMs: number): Promise<'up' | 'degraded' | 'not_configured'> {
    if (!this.config.smtpUrl) return 'not_configured';
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.transporter.verify(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        }),
      ]);
      return 'up';
    } catch {
      return 'degraded';
    } finally {
      clearTimeout(timer);
    }
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
