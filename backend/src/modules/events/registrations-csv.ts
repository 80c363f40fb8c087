/**
 * The attendee list as a spreadsheet file. Semicolon-separated with a byte-order mark, the form a French
 * spreadsheet opens with a double click, accents intact; every cell quoted (RFC 4180 doubling), and a
 * cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return) is prefixed
 * with an apostrophe: a participant named `=HYPERLINK(…)` stays a name (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvDocument(header: string[], rows: (string | number | null | undefined)[][]): string {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type CsvLanguage = 'fr' | 'en';

export const REGISTRATION_CSV_HEADER: Record<CsvLanguage, string[]> = {
  fr: ['Nom', 'Prénom', 'Statut', "Position en liste d'attente", 'Inscrit le', 'Présence notée le'],
  en: ['Last name', 'First name', 'Status', 'Waitlist position', 'Registered at', 'Attendance marked at'],
};

export const REGISTRATION_STATUS_LABEL: Record<CsvLanguage, Record<string, string>> = {
  fr: { registered: 'inscrit', waitlisted: "en liste d'attente", attended: 'présent', cancelled: 'annulé' },
  en: { registered: 'registered', waitlisted: 'waitlisted', attended: 'attended', cancelled: 'cancelled' },
};
