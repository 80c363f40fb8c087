import { describe, expect, it } from '@jest/globals';
import { csvCell, csvDocument } from './registrations-csv';

describe('attendee CSV', () => {
  it('quotes every cell and doubles quotes inside', () => {
    expect(csvCell('Martin')).toBe('"Martin"');
    expect(csvCell('Jean "Jeannot" Dupont')).toBe('"Jean ""Jeannot"" Dupont"');
    expect(csvCell('a;b\r\nc')).toBe('"a;b\r\nc"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(3)).toBe('"3"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const formula of ['=HYPERLINK("http://evil")', '+33 6', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(formula).startsWith(`"'`)).toBe(true);
    }
    expect(csvCell('Hélène')).toBe('"Hélène"');
  });

  it('writes a byte-order mark, semicolons and CRLF line ends', () => {
    expect(csvDocument(['Nom', 'Prénom'], [['=cmd', 'Léa']])).toBe('\uFEFF"Nom";"Prénom"\r\n"\'=cmd";"Léa"\r\n');
  });
});
