import { randomUUID } from 'node:crypto';
import type { SmtpPeer } from './smtp-peer';
import { eventually, type TestApp } from './test-app';

/** The Soho Solo form as a newcomer fills it in, with an address of its own; `overrides` replace any field. */
export function newcomerForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstName: 'Inès',
    lastName: 'Arrivée',
    email: `newcomer-${randomUUID()}@example.fr`,
    currentCity: 'Rennes',
    profession: 'Traductrice',
    projectKind: 'telework',
    wishes: 'Une maison près d’Auch, avec la fibre',
    consent: true,
    ...overrides,
  };
}

/** A file opened through the public form, as the newcomer would; its id and (lower case) address. */
export async function givenNewcomer(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; email: string }> {
  const form = newcomerForm(overrides);
  const created = await t.http.post('/api/v1/newcomers').send(form).expect(201);
  return { id: created.body.id, email: String(form.email).trim().toLowerCase() };
}

/**
 * The secret of the first trial-day link mailed to `email` other than those `seen`, waiting for the mail: only its
 * hash is stored, so the mail is the one place to read it. With `publicUrl`, only a link on that address counts.
 */
export async function trialDayLinkMailedTo(
  smtp: SmtpPeer,
  email: string,
  { seen = [], publicUrl = '' }: { seen?: string[]; publicUrl?: string } = {},
): Promise<string> {
  const link = new RegExp(`${publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/journee-essai/([A-Za-z0-9_-]+)`);
  return eventually(async () =>
    smtp
      .to(email)
      .map((mail) => link.exec(mail.text ?? '')?.[1])
      .find((secret): secret is string => !!secret && !seen.includes(secret)),
  );
}
