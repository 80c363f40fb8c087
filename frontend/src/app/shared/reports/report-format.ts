/**
 * Figures written for the reader's language: "73,4 %" and "1 234,5" in French, "73.4%" and "1,234.5" in
 * English. Intl puts the right spaces (narrow no-break before % in French).
 */
export function formatPercent(rate: number | null | undefined, language: string, fractionDigits = 1): string {
  if (rate === null || rate === undefined) {
    return '—';
  }
  return new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(rate);
}

export function formatNumber(value: number | null | undefined, language: string, fractionDigits = 1): string {
  if (value === null || value === undefined) {
    return '—';
  }
  return new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits }).format(value);
}

/** "mars 2026" / "March 2026" from `2026-03`. */
export function monthLabel(month: string, language: string, style: 'long' | 'short' = 'long'): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language, {
    month: style,
    year: style === 'long' ? 'numeric' : '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** "lundi" / "Monday" from the ISO weekday 1–7. */
export function weekdayLabel(weekday: number, language: string): string {
  // 1 January 2024 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  );
}

/** How a figure moved since the previous period; `null` when there is nothing to compare with. */
export interface FigureChange {
  direction: 'up' | 'down' | 'same';
  /** Written out: "+4,2 points" for a rate, "+12,5 %" for a count. */
  text: string;
}

/** A rate moves in percentage points (from 40 % to 50 % is +10 points, not +25 %). */
export function rateChange(current: number | null, previous: number | null, language: string): FigureChange | null {
  if (current === null || previous === null) {
    return null;
  }
  const points = Math.round((current - previous) * 1000) / 10;
  return {
    direction: points > 0 ? 'up' : points < 0 ? 'down' : 'same',
    text: new Intl.NumberFormat(language, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(points),
  };
}

/** A count moves relatively; from zero there is no ratio to give. */
export function countChange(current: number | null, previous: number | null, language: string): FigureChange | null {
  if (current === null || previous === null || previous === 0) {
    return null;
  }
  const ratio = (current - previous) / previous;
  return {
    direction: ratio > 0 ? 'up' : ratio < 0 ? 'down' : 'same',
    text: new Intl.NumberFormat(language, {
      style: 'percent',
      signDisplay: 'exceptZero',
      maximumFractionDigits: 1,
    }).format(ratio),
  };
}

/**
 * Five steps from pale to deep green for an occupancy rate, each with the text colour that keeps at
 * least 4.5:1 on it; the rate is always written too, so the colour is never the only carrier.
 */
export interface OccupancyShade {
  background: string;
  text: string;
}

const SHADES: readonly OccupancyShade[] = [
  { background: '#eef6ef', text: '#1b1b1b' },
  { background: '#c3e2c9', text: '#1b1b1b' },
  { background: '#86c293', text: '#1b1b1b' },
  { background: '#2f7a42', text: '#ffffff' },
  { background: '#17492a', text: '#ffffff' },
];
const NO_CAPACITY: OccupancyShade = { background: '#f4f4f4', text: '#1b1b1b' };

export function occupancyShade(rate: number | null): OccupancyShade {
  if (rate === null) {
    return NO_CAPACITY;
  }
  return SHADES[Math.min(SHADES.length - 1, Math.max(0, Math.floor(rate * SHADES.length)))];
}

/** The legend of the shades: the lower bound of each step, 0 %, 20 %, … */
export const OCCUPANCY_STEPS: readonly { from: number; shade: OccupancyShade }[] = SHADES.map((shade, index) => ({
  from: index / SHADES.length,
  shade,
}));

/** Chart colours with at least 3:1 against white (WCAG 1.4.11), told apart by position and legend too. */
export const CHART_COLOURS = {
  primary: '#2e6b3a',
  secondary: '#8a5a00',
  tertiary: '#1f5fa8',
} as const;
