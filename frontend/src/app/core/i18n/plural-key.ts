/**
 * Picks the translation key for a count: `<base>.none`, `<base>.one` or `<base>.other`.
 * Intl.PluralRules knows that French says "1 commune" and "0 commune" but English "0 communes";
 * zero gets its own key anyway because "Aucune commune" reads better than a figure.
 * Categories beyond one/other (French "many" for millions) fall back to `other`.
 */
export function pluralKey(base: string, count: number, language: string): string {
  if (count === 0) {
    return `${base}.none`;
  }
  return new Intl.PluralRules(language).select(count) === 'one' ? `${base}.one` : `${base}.other`;
}
