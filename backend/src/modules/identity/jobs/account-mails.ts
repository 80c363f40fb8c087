import type { Locale } from '../entities/user.entity';

export interface MailText {
  subject: string;
  text: string;
  html: string;
}

export type AccountMailKind = 'welcome' | 'password_reset' | 'email_change';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Wording {
  subject: string;
  greeting: (name: string) => string;
  body: string;
  action: string;
  footer: string;
}

const WORDING: Record<Locale, Record<AccountMailKind, Wording>> = {
  fr: {
    welcome: {
      subject: 'Bienvenue sur Bastide, le réseau des tiers-lieux du Gers',
      greeting: (name) => `Bonjour ${name},`,
      body: 'Votre compte Bastide est prêt : vous pouvez déjà chercher un poste de travail près de chez vous. Confirmez votre adresse e-mail pour recevoir vos confirmations de réservation.',
      action: 'Confirmer mon adresse e-mail',
      footer: "Le lien est valable 7 jours. Si vous n'avez pas créé de compte, ignorez ce message.",
    },
    password_reset: {
      subject: 'Bastide : choisir un nouveau mot de passe',
      greeting: (name) => `Bonjour ${name},`,
      body: 'Vous avez demandé à changer le mot de passe de votre compte Bastide.',
      action: 'Choisir un nouveau mot de passe',
      footer:
        "Le lien est valable une heure et ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
    },
    email_change: {
      subject: 'Bastide : confirmez votre nouvelle adresse e-mail',
      greeting: (name) => `Bonjour ${name},`,
      body: 'Vous avez demandé à utiliser cette adresse pour votre compte Bastide.',
      action: 'Confirmer cette adresse',
      footer: "Le lien est valable 24 heures. Si vous n'avez rien demandé, ignorez ce message.",
    },
  },
  en: {
    welcome: {
      subject: 'Welcome to Bastide, the Gers network of tiers-lieux',
      greeting: (name) => `Hello ${name},`,
      body: 'Your Bastide account is ready: you can already look for a desk near home. Confirm your e-mail address to receive your booking confirmations.',
      action: 'Confirm my e-mail address',
      footer: 'The link works for 7 days. If you did not create an account, ignore this message.',
    },
    password_reset: {
      subject: 'Bastide: choose a new password',
      greeting: (name) => `Hello ${name},`,
      body: 'You asked to change the password of your Bastide account.',
      action: 'Choose a new password',
      footer:
        'The link works for one hour, once. If you did not ask, ignore this message: your password stays the same.',
    },
    email_change: {
      subject: 'Bastide: confirm your new e-mail address',
      greeting: (name) => `Hello ${name},`,
      body: 'You asked to use this address for your Bastide account.',
      action: 'Confirm this address',
      footer: 'The link works for 24 hours. If you did not ask, ignore this message.',
    },
  },
};

/** An account mail in the member's language, with its single-use link. */
export function accountMail(kind: AccountMailKind, locale: Locale, firstName: string, link: string): MailText {
  const w = WORDING[locale][kind];
  return {
    subject: w.subject,
    text: `${w.greeting(firstName)}\n\n${w.body}\n\n${w.action} : ${link}\n\n${w.footer}\n\n— Bastide`,
    html:
      `<p>${escapeHtml(w.greeting(firstName))}</p><p>${escapeHtml(w.body)}</p>` +
      `<p><a href="${escapeHtml(link)}">${escapeHtml(w.action)}</a></p><p>${escapeHtml(w.footer)}</p><p>— Bastide</p>`,
  };
}
