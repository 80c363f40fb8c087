import { describe, expect, it } from '@jest/globals';
import { reportCsv } from './report-csv';

const rows = [
  { key: 'a', label: 'Tiers-lieu d’Auch, "centre"', capacityHours: 1234.5, occupancyRate: 0.125, bookings: 3 },
  { key: 'b', label: '=HYPERLINK("x")', capacityHours: 0, occupancyRate: null, bookings: 0 },
];
const columns = ['key', 'label', 'capacityHours', 'occupancyRate', 'bookings'];

describe('report CSV', () => {
  it('writes points and commas with a byte-order mark and CRLF lines', () => {
    expect(reportCsv(columns, rows)).toBe(
      '\uFEFF"key","label","capacityHours","occupancyRate","bookings"\r\n' +
        '"a","Tiers-lieu d’Auch, ""centre""",1234.5,0.125,3\r\n' +
        `"b","'=HYPERLINK(""x"")",0,,0\r\n`,
    );
  });

  it('writes French numbers separated by semicolons', () => {
    expect(reportCsv(columns, rows, 'comma').split('\r\n')[1]).toBe(
      '"a";"Tiers-lieu d’Auch, ""centre""";1234,5;0,125;3',
    );
  });
});
