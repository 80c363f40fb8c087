import type { User } from '../entities/user.entity';

interface MailText {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The welcome mail in the member's language. */
export function welcomeMail(user: Pick<User, 'firstName' | 'locale'>, publicUrl: string): MailText {
  const name = user.firstName;
  if (user.locale === 'en') {
    return {
      subject: 'Welcome to Bastide, the Gers network of tiers-lieux',
      text: `Hello ${name},\n\nYour Bastide account is ready. Find a desk near home in the Gers: ${publicUrl}/\n\nThe Bastide team`,
      html: `<p>Hello ${escapeHtml(name)},</p><p>Your Bastide account is ready. <a href="${publicUrl}/">Find a desk near home in the Gers</a>.</p><p>The Bastide team</p>`,
    };
  }
  return {
    subject: 'Bienvenue sur Bastide, le réseau des tiers-lieux du Gers',
    text: `Bonjour ${name},\n\nVotre compte Bastide est prêt. Trouvez un poste de travail près de chez vous dans le Gers : ${publicUrl}/\n\nL'équipe Bastide`,
    html: `<p>Bonjour ${escapeHtml(name)},</p><p>Votre compte Bastide est prêt. <a href="${publicUrl}/">Trouvez un poste de travail près de chez vous dans le Gers</a>.</p><p>L'équipe Bastide</p>`,
  };
}
