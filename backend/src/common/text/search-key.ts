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

/** French and Western European accented letters, and their plain forms, in the same order. */
const ACCENTED = 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝŸýÿ';
const PLAIN = 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYYyy';

/**
 * `searchKey` in SQL, for text stored as people wrote it (names of accounts), so that a search compares it
 * with `searchKey(q)` without a folded copy in the table: accents off before lower(), which a database in
 * the C locale applies to ASCII only. `expression` is SQL the caller wrote (a column), never input.
 */
export function searchKeySql(expression: string): string {
  return `btrim(regexp_replace(lower(translate(${expression}, '${ACCENTED}', '${PLAIN}')), '[-''’[:space:]]+', ' ', 'g'))`;
}
