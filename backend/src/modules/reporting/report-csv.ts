/** How numbers are written: `point` (1234.5, comma-separated) or `comma` (1234,5, semicolon-separated: French Excel). */
export type CsvDecimal = 'point' | 'comma';

/** A cell a spreadsheet would run as a formula is prefixed with an apostrophe (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: unknown, decimal: CsvDecimal): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return decimal === 'comma' ? String(value).replace('.', ',') : String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A report's rows as a CSV file: one column per field of the rows (the JSON names, so a file and the API
 * read alike), UTF-8 with a byte-order mark so that Excel keeps the accents, CRLF line ends (RFC 4180).
 * Text cells are quoted, numbers are not, so a spreadsheet reads them as numbers.
 */
export function reportCsv(columns: string[], rows: object[], decimal: CsvDecimal = 'point'): string {
  const separator = decimal === 'comma' ? ';' : ',';
  const lines = [
    columns.map((column) => cell(column, decimal)).join(separator),
    ...rows.map((row) =>
      columns.map((column) => cell((row as Record<string, unknown>)[column], decimal)).join(separator),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
