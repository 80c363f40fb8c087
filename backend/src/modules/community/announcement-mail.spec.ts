import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '../../config/app-config';
import { MailTemplates } from '../notifications/mail-templates';
import { announcementMail, AnnouncementMailFacts } from './announcement-mail';

const templates = new MailTemplates({ publicUrl: 'https://bastide.example' } as AppConfig);

const FACTS: AnnouncementMailFacts = {
  firstName: 'Léa',
  siteName: 'Tiers-lieu d’Auch',
  monthsBack: 3,
  subject: 'Fermeture vendredi',
  body: 'Le lieu sera **fermé** vendredi.\n\n<script>alert(1)</script>',
  links: {
    site: 'https://bastide.example/desabonnement/site-token',
    all: 'https://bastide.example/desabonnement/all-token',
    oneClick: 'https://bastide.example/api/v1/unsubscribe/site-token',
  },
};

function render(facts: AnnouncementMailFacts, locale: 'fr' | 'en') {
  const mail = announcementMail(facts);
  return templates.render(mail.template, locale, mail.data);
}

describe('announcement mail', () => {
  it('frames the host’s text as written in the member’s language, with both ways out', () => {
    const mail = render(FACTS, 'fr');
    expect(mail.subject).toBe('Tiers-lieu d’Auch : Fermeture vendredi');
    expect(mail.text).toContain('Bonjour Léa,');
    expect(mail.text).toContain('Le lieu sera **fermé** vendredi.\n\n<script>alert(1)</script>');
    expect(mail.text).toContain('ces 3 derniers mois');
    expect(mail.text).toContain(
      'Ne plus recevoir les annonces de Tiers-lieu d’Auch : https://bastide.example/desabonnement/site-token',
    );
    expect(mail.text).toContain(
      'Ne plus recevoir aucun message de la communauté Bastide : https://bastide.example/desabonnement/all-token',
    );
  });

  it('shows the host’s Markdown through the safe renderer, and their HTML as text', () => {
    const { html } = render(FACTS, 'fr');
    expect(html).toContain(
      '<p>Le lieu sera <strong>fermé</strong> vendredi.</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('href="https://bastide.example/desabonnement/all-token"');
    expect(html).toContain('href="https://bastide.example/desabonnement/site-token"');
  });

  it('speaks English to an English-speaking member, without touching the host’s words', () => {
    const mail = render({ ...FACTS, monthsBack: 1 }, 'en');
    expect(mail.subject).toBe('Tiers-lieu d’Auch: Fermeture vendredi');
    expect(mail.text).toContain('Hello Léa,');
    expect(mail.text).toContain('last month');
    expect(mail.text).toContain('Le lieu sera **fermé** vendredi.');
    expect(mail.text).toContain(
      'Stop every message from the Bastide community: https://bastide.example/desabonnement/all-token',
    );
    for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/undefined|\[object|\{\{/);
  });

  it('offers a one-click unsubscribe to mail clients (RFC 8058)', () => {
    expect(announcementMail(FACTS).headers).toEqual({
      'List-Unsubscribe': '<https://bastide.example/api/v1/unsubscribe/site-token>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
});
