// Dates a benchmark can book: working days (Monday to Friday) ahead of today in Paris, never a French public
// holiday (the built API's own holiday rule decides), inside the booking horizon.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { ROOT } from './bench-server.mjs';

const require = createRequire(import.meta.url);
const { frenchPublicHolidayOn } = require(join(ROOT, 'dist/backend/modules/sites/french-public-holidays.js'));

/** `count` working days from `fromDaysAhead` days after today (local dates, `YYYY-MM-DD`). */
export function workingDays(count, fromDaysAhead = 2) {
  const days = [];
  let day = DateTime.now().setZone('Europe/Paris').startOf('day').plus({ days: fromDaysAhead });
  while (days.length < count) {
    const date = day.toISODate();
    if (day.weekday <= 5 && !frenchPublicHolidayOn(date)) days.push(date);
    day = day.plus({ days: 1 });
  }
  return days;
}

/** A deterministic shuffle (mulberry32), so that two runs send the same requests in the same order. */
export function shuffled(items, seed = 20261129) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
