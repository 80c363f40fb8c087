import { simpleParser, ParsedMail } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server for tests: it accepts (or, while `refusing`, answers 451 to) every message and keeps
 * what it accepted, parsed. With `answerDelayMs` it holds its answer to each message that long, as a
 * loaded server does, so that a sender has messages in flight.
 */
export class SmtpPeer {
  readonly received: ParsedMail[] = [];
  refusing = false;
  refusedCount = 0;
  answerDelayMs = 0;
  /** Errors of connections that broke, such as a sender killed in the middle of a message. */
  readonly connectionErrors: Error[] = [];
  private readonly server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          if (this.answerDelayMs) await new Promise((resolve) => setTimeout(resolve, this.answerDelayMs));
          if (this.refusing) {
            this.refusedCount += 1;
            const error = new Error('Try again later') as Error & { responseCode: number };
            error.responseCode = 451;
            callback(error);
            return;
          }
          simpleParser(Buffer.concat(chunks))
            .then((mail) => {
              this.received.push(mail);
              callback();
            })
            .catch(callback);
        });
      },
    });
    // smtp-server re-emits a connection's socket error on the server when it breaks mid-message (a worker
    // killed while sending resets it): without a listener, that event would throw in the test process.
    this.server.on('error', (error: Error) => this.connectionErrors.push(error));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((mail) => mail.to && JSON.stringify(mail.to).includes(address));
  }

  /**
   * How many calendar invitations of `method` (`REQUEST`, `CANCEL`) arrived for each recipient and UID, keyed
   * `"<address> <uid>"`: counts a mail once per item it is about, whatever its wording.
   */
  invitations(method: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mail of this.received) {
      const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
      // Long lines are folded (RFC 5545 §3.1): unfold before reading a property.
      const calendar = part?.content.toString('utf8').replace(/\r?\n[ \t]/g, '');
      if (!calendar || !new RegExp(`^METHOD:${method}\\r?$`, 'm').test(calendar)) continue;
      const uid = /^UID:(.+?)\r?$/m.exec(calendar)?.[1];
      const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value.map((v) => v.address) ?? []);
      const key = `${to.join(',')} ${uid}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
