import { simpleParser } from 'mailparser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BastideServer } from './bastide-server';

/** A weekday at least two days ahead (Auch opens Monday to Friday), avoiding Christmas and New Year's Day. */
export function trialDate(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 2);
  for (;;) {
    const iso = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !iso.endsWith('-12-25') && !iso.endsWith('-01-01')) return iso;
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

/**
 * The path of the trial-day link mailed to `email` for a day at `siteName`, waiting up to a minute for the mail:
 * the embedded default writes mails as .eml files, which the outbox sends within a few seconds. The mail names
 * the app's public address; a test reaches the same server by its own, so only the path is kept.
 */
export async function trialDayInvitationPath(server: BastideServer, email: string, siteName: string): Promise<string> {
  const mailDir = join(server.dataDir, 'mail');
  const deadline = Date.now() + 60_000;
  for (;;) {
    const files = existsSync(mailDir) ? readdirSync(mailDir).filter((name) => name.endsWith('.eml')) : [];
    for (const name of files) {
      const mail = await simpleParser(readFileSync(join(mailDir, name)));
      if (mail.subject !== `Soho Solo : une journée d'essai au ${siteName}`) continue;
      if (!(mail.to && 'text' in mail.to ? mail.to.text : '').includes(email)) continue;
      const found = /https?:\/\/\S+?\/journee-essai\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0];
      if (found) return new URL(found).pathname;
    }
    if (Date.now() > deadline) throw new Error(`No trial-day invitation was mailed to ${email} in 60 s.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
