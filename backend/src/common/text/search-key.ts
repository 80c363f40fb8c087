/**
 * The form names are compared in: lower case, no accents, hyphens and apostrophes as spaces, so that
 * "isle jourdain" finds "L'Isle-Jourdain" and "eauze" finds "Éauze".
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();
}
