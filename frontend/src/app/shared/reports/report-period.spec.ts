import { isValidPeriod, presetPeriod, previousPeriod, trendPeriod } from './report-period';
import { countChange, formatNumber, formatPercent, monthLabel, occupancyShade, rateChange } from './report-format';

describe('report periods', () => {
  it('stops this month and this year at today, and takes last month whole', () => {
    expect(presetPeriod('thisMonth', '2026-03-10')).toEqual({ from: '2026-03-01', to: '2026-03-10' });
    expect(presetPeriod('thisYear', '2026-03-10')).toEqual({ from: '2026-01-01', to: '2026-03-10' });
    expect(presetPeriod('lastMonth', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('compares with as many days just before, or with the whole month before for a whole month', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-10' })).toEqual({ from: '2026-02-19', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('shows the trend over the twelve months ending with the period', () => {
    expect(trendPeriod({ from: '2026-03-01', to: '2026-03-10' })).toEqual({ from: '2025-04-01', to: '2026-03-10' });
  });

  it('refuses a period that ends before it starts', () => {
    expect(isValidPeriod({ from: '2026-03-02', to: '2026-03-01' })).toBe(false);
    expect(isValidPeriod({ from: '', to: '2026-03-01' })).toBe(false);
    expect(isValidPeriod({ from: '2026-03-01', to: '2026-03-01' })).toBe(true);
  });
});

describe('report figures', () => {
  it('writes rates and numbers in the reader’s language', () => {
    expect(formatPercent(0.734, 'fr')).toBe('73,4\u00a0%');
    expect(formatPercent(0.734, 'en')).toBe('73.4%');
    expect(formatPercent(null, 'fr')).toBe('—');
    expect(formatNumber(1234.5, 'fr')).toBe('1\u202f234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(monthLabel('2026-03', 'fr')).toBe('mars 2026');
    expect(monthLabel('2026-03', 'en')).toBe('March 2026');
  });

  it('moves a rate in points and a count in per cent, with no ratio from zero', () => {
    expect(rateChange(0.5, 0.4, 'fr')).toEqual({ direction: 'up', text: '+10' });
    expect(rateChange(0.4, 0.45, 'en')).toEqual({ direction: 'down', text: '-5' });
    expect(countChange(125, 100, 'fr')).toEqual({ direction: 'up', text: '+25\u00a0%' });
    expect(countChange(3, 0, 'fr')).toBeNull();
    expect(countChange(null, 4, 'fr')).toBeNull();
  });

  it('shades a rate with a text colour that stays readable on it', () => {
    expect(occupancyShade(0.05)).toEqual({ background: '#eef6ef', text: '#1b1b1b' });
    expect(occupancyShade(0.95)).toEqual({ background: '#17492a', text: '#ffffff' });
    expect(occupancyShade(1.2)).toEqual({ background: '#17492a', text: '#ffffff' });
    expect(occupancyShade(null).text).toBe('#1b1b1b');
  });
});
