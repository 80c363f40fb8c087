import { describe, expect, it, beforeAll } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../../config/app-config';
import { MailTemplates } from './mail-templates';

const modules = mkdtempSync(join(tmpdir(), 'bastide-mail-'));

/** The real layout and footers, with sample mails of a made-up module written by each test. */
class SampleTemplates extends MailTemplates {
  protected override readonly dir = modules;
}

const templates = new SampleTemplates({ publicUrl: 'https://bastide.example' } as AppConfig);

function sample(name: string, locale: 'fr' | 'en', source: string): void {
  writeFileSync(join(modules, 'sample', 'mail', `${name}.${locale}.hbs`), source);
}

beforeAll(() => {
  cpSync(join(process.cwd(), 'backend/src/modules/notifications/mail'), join(modules, 'notifications', 'mail'), {
    recursive: true,
  });
  mkdirSync(join(modules, 'sample', 'mail'), { recursive: true });
});

describe('MailTemplates', () => {
  it('makes the subject, the HTML and the plain text from one file, with the layout and footer', () => {
    sample(
      'confirmed',
      'fr',
      [
        'subject: Réservation confirmée : {{siteName}}',
        '---',
        'Bonjour {{firstName}},',
        '',
        'Votre place est **réservée** : {{what}}.',
        '',
        '[Voir mes réservations]({{links.bookings}})',
      ].join('\n'),
    );
    const mail = templates.render('sample/confirmed', 'fr', { siteName: 'Auch', firstName: 'Léa', what: 'Poste 1' });

    expect(mail.subject).toBe('Réservation confirmée : Auch');
    expect(mail.text).toBe(
      'Bonjour Léa,\n\nVotre place est réservée : Poste 1.\n\n' +
        'Voir mes réservations : https://bastide.example/mon-espace/reservations\n\n-- \n' +
        'Bastide, le réseau des tiers-lieux du Gers : https://bastide.example\n\n' +
        'Vous recevez cet e-mail parce que vous avez un compte sur Bastide. ' +
        'Choisir les e-mails que je reçois : https://bastide.example/mon-espace/notifications\n',
    );
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('<p>Bonjour Léa,</p>');
    expect(mail.html).toContain('<p>Votre place est <strong>réservée</strong> : Poste 1.</p>');
    expect(mail.html).toContain(
      '<p class="action"><a class="button" href="https://bastide.example/mon-espace/reservations">Voir mes réservations</a></p>',
    );
  });

  it('escapes every value in the HTML and never reads markup from the data', () => {
    sample('hostile', 'en', 'subject: Hello {{name}}\n---\nHello {{name}}, see {{site}}.\n');
    const mail = templates.render('sample/hostile', 'en', {
      name: '<script>alert(1)</script>',
      site: '**[click](https://evil.example)**',
    });

    expect(mail.html).toContain(
      '<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;, see **[click](https://evil.example)**.</p>',
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('href="https://evil.example');
    expect(mail.text).toContain('Hello <script>alert(1)</script>, see **[click](https://evil.example)**.');
  });

  it('keeps line breaks of multi-line values, and conditional paragraphs', () => {
    sample(
      'access',
      'en',
      'subject: Access\n---\nHello,\n\n{{#if access}}\n**Getting in:**\n{{lines access}}\n{{/if}}\n\nBye.\n',
    );

    const withAccess = templates.render('sample/access', 'en', { access: 'Code 1234\nFirst floor' });
    expect(withAccess.html).toContain('<p><strong>Getting in:</strong><br>Code 1234<br>First floor</p>');
    expect(withAccess.text).toMatch(/^Hello,\n\nGetting in:\nCode 1234\nFirst floor\n\nBye\.\n\n-- \n/);

    const without = templates.render('sample/access', 'en', { access: null });
    expect(without.html).not.toContain('Getting in');
    expect(without.text).toMatch(/^Hello,\n\nBye\.\n\n-- \n/);
  });

  it("shows a host's Markdown through the safe renderer, and as written in the plain part", () => {
    sample('note', 'fr', 'subject: Note\n---\nBonjour,\n\n{{markdown body}}\n\nÀ bientôt.\n');
    const mail = templates.render('sample/note', 'fr', {
      body: 'Le lieu est **fermé** lundi.\n\n- café\n- <script>alert(1)</script>',
    });

    expect(mail.html).toContain(
      '<p>Bonjour,</p>\n<p>Le lieu est <strong>fermé</strong> lundi.</p>\n<ul><li>café</li><li>&lt;script&gt;alert(1)&lt;/script&gt;</li></ul>\n<p>À bientôt.</p>',
    );
    expect(mail.text).toMatch(
      /^Bonjour,\n\nLe lieu est \*\*fermé\*\* lundi\.\n\n- café\n- <script>alert\(1\)<\/script>\n\nÀ bientôt\./,
    );
  });

  it('makes one list of an each block over list items', () => {
    sample(
      'sheet',
      'en',
      'subject: Tomorrow\n---\nTomorrow:\n\n{{#each bookings}}\n- {{time}} · {{who}}\n{{/each}}\n\nThat is all.\n',
    );
    const mail = templates.render('sample/sheet', 'en', {
      bookings: [
        { time: '09:00', who: 'Léa' },
        { time: '14:00', who: 'Marc' },
      ],
    });

    expect(mail.html).toContain('<ul><li>09:00 · Léa</li><li>14:00 · Marc</li></ul>');
    expect(mail.text).toContain('Tomorrow:\n\n- 09:00 · Léa\n- 14:00 · Marc\n\nThat is all.');
  });

  it('fails loudly on a missing template, a missing value, or a file without its subject', () => {
    expect(() => templates.render('sample/none', 'fr', {})).toThrow(/missing/);
    sample('strict', 'fr', 'subject: S\n---\nBonjour {{firstName}}\n');
    expect(() => templates.render('sample/strict', 'fr', {})).toThrow(/firstName/);
    sample('nosubject', 'fr', 'Bonjour\n');
    expect(() => templates.check(['sample/nosubject'])).toThrow(/subject/);
    sample('onlyfr', 'fr', 'subject: S\n---\nBonjour\n');
    expect(() => templates.check(['sample/onlyfr'])).toThrow(/onlyfr\.en\.hbs is missing/);
  });
});
