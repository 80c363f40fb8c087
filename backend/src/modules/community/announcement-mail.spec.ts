import { describe, expect, it } from '@jest/globals';
import { announcementMail, AnnouncementMailFacts } from './announcement-mail';

const FACTS: AnnouncementMailFacts = {
  firstName: 'Léa',
  locale: 'fr',
  siteName: 'Tiers-lieu d’Auch',
  monthsBack: 3,
  subject: 'Fermeture vendredi',
  body: 'Le lieu sera **fermé** vendredi.\n\n<script>alert(1)</script>',
  unsubscribeSiteUrl: 'https://bastide.example/desabonnement/site-token',
  unsubscribeAllUrl: 'https://bastide.example/desabonnement/all-token',
  oneClickUrl: 'https://bastide.example/api/v1/unsubscribe/site-token',
};

describe('announcement mail', () => {
  it('frames the host’s text as written in the member’s language, with both ways out', () => {
    const mail = announcementMail(FACTS);
    expect(mail.subject).toBe('Tiers-lieu d’Auch : Fermeture vendredi');
    expect(mail.text).toContain('Bonjour Léa,');
    expect(mail.text).toContain('Le lieu sera **fermé** vendredi.\n\n<script>alert(1)</script>');
    expect(mail.text).toContain('ces 3 derniers mois');
    expect(mail.text).toContain(
      'Ne plus recevoir les annonces de Tiers-lieu d’Auch : https://bastide.example/desabonnement/site-token',
    );
    expect(mail.text).toContain('https://bastide.example/desabonnement/all-token');
  });

  it('renders the Markdown in the HTML part and shows any HTML as text', () => {
    const { html } = announcementMail(FACTS);
    expect(html).toContain('<strong>fermé</strong>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('href="https://bastide.example/desabonnement/all-token"');
  });

  it('speaks English to an English-speaking member, without touching the host’s words', () => {
    const mail = announcementMail({ ...FACTS, locale: 'en', monthsBack: 1 });
    expect(mail.subject).toBe('Tiers-lieu d’Auch: Fermeture vendredi');
    expect(mail.text).toContain('Hello Léa,');
    expect(mail.text).toContain('last month');
    expect(mail.text).toContain('Le lieu sera **fermé** vendredi.');
  });

  it('offers a one-click unsubscribe to mail clients (RFC 8058)', () => {
    expect(announcementMail(FACTS).headers).toEqual({
      'List-Unsubscribe': '<https://bastide.example/api/v1/unsubscribe/site-token>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
});
