/**
 * The eleven legal public holidays of mainland France (Code du travail, article L3133-1). Alsace-Moselle's
 * two extra days (Good Friday, 26 December) are local law and do not apply in the Gers.
 * Pure functions on `YYYY-MM-DD` strings: no clock, no zone, so the booking module can use them anywhere.
 */
export interface PublicHoliday {
  date: string;
  name: string;
}

/** Easter Sunday of a Gregorian year, by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

function isoDate(year: number, month: number, day: number): string {
  // Date.UTC normalises overflowing days (April 40 → May 10); UTC keeps the server's zone out of it.
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The year's public holidays in calendar order. */
export function frenchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const afterEaster = (days: number) => isoDate(year, easter.month, easter.day + days);
  return [
    { date: isoDate(year, 1, 1), name: "Jour de l'an" },
    { date: afterEaster(1), name: 'Lundi de Pâques' },
    { date: isoDate(year, 5, 1), name: 'Fête du Travail' },
    { date: isoDate(year, 5, 8), name: 'Victoire 1945' },
    { date: afterEaster(39), name: 'Ascension' },
    { date: afterEaster(50), name: 'Lundi de Pentecôte' },
    { date: isoDate(year, 7, 14), name: 'Fête nationale' },
    { date: isoDate(year, 8, 15), name: 'Assomption' },
    { date: isoDate(year, 11, 1), name: 'Toussaint' },
    { date: isoDate(year, 11, 11), name: 'Armistice 1918' },
    { date: isoDate(year, 12, 25), name: 'Noël' },
  ].sort((x, y) => x.date.localeCompare(y.date));
}

/** The holiday falling on a `YYYY-MM-DD` date, or undefined. */
export function frenchPublicHolidayOn(date: string): PublicHoliday | undefined {
  const year = Number(date.slice(0, 4));
  if (!Number.isInteger(year)) return undefined;
  return frenchPublicHolidays(year).find((holiday) => holiday.date === date);
}
