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
 * The secret of the newest trial-day link mailed to `email` (other than those in `seen`), waiting for the mail:
 * only its hash is stored, so the mail is the one place to read it.
 */
export async function trialDayLinkMailedTo(smtp: SmtpPeer, email: string, seen: string[] = []): Promise<string> {
  return eventually(async () =>
    smtp
      .to(email)
      .map((mail) => /\/journee-essai\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1])
      .find((link): link is string => !!link && !seen.includes(link)),
  );
}
