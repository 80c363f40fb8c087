import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '../../../config/app-config';
import { MailTemplates } from '../../notifications/mail-templates';

const templates = new MailTemplates({ publicUrl: 'https://bastide.example' } as AppConfig);
const LINK = 'https://bastide.example/compte/verifier-email?token=a%2Bb&x=<1>';

/** Each account mail's subject and call to action, in both languages. */
const MAILS: Record<string, Record<'fr' | 'en', { subject: string; action: string; validity: string }>> = {
  welcome: {
    fr: {
      subject: 'Bienvenue sur Bastide, le réseau des tiers-lieux du Gers',
      action: 'Confirmer mon adresse e-mail',
      validity: 'Le lien est valable 7 jours.',
    },
    en: {
      subject: 'Welcome to Bastide, the Gers network of tiers-lieux',
      action: 'Confirm my e-mail address',
      validity: 'The link works for 7 days.',
    },
  },
  'password-reset': {
    fr: {
      subject: 'Bastide : choisir un nouveau mot de passe',
      action: 'Choisir un nouveau mot de passe',
      validity: "Le lien est valable une heure et ne sert qu'une fois.",
    },
    en: {
      subject: 'Bastide: choose a new password',
      action: 'Choose a new password',
      validity: 'The link works for one hour, once.',
    },
  },
  'email-change': {
    fr: {
      subject: 'Bastide : confirmez votre nouvelle adresse e-mail',
      action: 'Confirmer cette adresse',
      validity: 'Le lien est valable 24 heures.',
    },
    en: {
      subject: 'Bastide: confirm your new e-mail address',
      action: 'Confirm this address',
      validity: 'The link works for 24 hours.',
    },
  },
};

describe('account mail templates', () => {
  it('exist in French and English', () => {
    expect(() => templates.check(Object.keys(MAILS).map((name) => `identity/${name}`))).not.toThrow();
  });

  for (const [name, languages] of Object.entries(MAILS)) {
    for (const locale of ['fr', 'en'] as const) {
      it(`renders identity/${name} in ${locale} with its single-use link as the call to action`, () => {
        const expected = languages[locale];
        const mail = templates.render(`identity/${name}`, locale, { firstName: 'Léa', link: LINK });

        expect(mail.subject).toBe(expected.subject);
        expect(mail.text).toContain(locale === 'fr' ? 'Bonjour Léa,' : 'Hello Léa,');
        expect(mail.text).toContain(`${expected.action}${locale === 'fr' ? ' : ' : ': '}${LINK}`);
        expect(mail.text).toContain(expected.validity);
        expect(mail.html).toMatch(new RegExp(`<a class="button" href="[^"]+">${expected.action}</a>`));
        expect(mail.html).toContain('x&#x3D;&lt;1&gt;');
        for (const part of [mail.subject, mail.text, mail.html]) {
          expect(part).not.toMatch(/undefined|\[object|\{\{/);
        }
      });
    }
  }
});
