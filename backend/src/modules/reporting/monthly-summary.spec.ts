import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '../../config/app-config';
import { MailTemplates } from '../notifications/mail-templates';
import {
  MonthFigures,
  monthlySummaryData,
  MonthlySummaryFacts,
  monthPeriod,
  previousMonth,
  topSites,
} from './monthly-summary';

const templates = new MailTemplates({ publicUrl: 'https://bastide.example.fr' } as AppConfig);
/** The no-break space French puts before `%` and between thousands. */
const NBSP = '\u00a0';

const november: MonthFigures = {
  occupancyRate: 0.7342,
  bookedHours: 1234.5,
  capacityHours: 1681.5,
  bookings: 412,
  uniqueMembers: 87,
  noShows: 3,
  teleworkDays: 301.5,
  outsideGersShare: 0.4,
  events: 6,
  registrations: 58,
  attendance: 41,
  fillRate: 0.725,
};
const october: MonthFigures = {
  ...november,
  occupancyRate: 0.7131,
  bookedHours: 1200,
  bookings: 400,
  noShows: 5,
  outsideGersShare: null,
  events: 6,
};

const facts: MonthlySummaryFacts = {
  firstName: 'Agnès',
  month: '2026-11',
  current: november,
  previous: october,
  topSites: [
    { name: 'Tiers-lieu <d’Auch>', occupancyRate: 0.9125, bookedHours: 310.25 },
    { name: 'Tiers-lieu de Fleurance', occupancyRate: 0.5, bookedHours: 80 },
  ],
};

const render = (locale: 'fr' | 'en', overrides: Partial<MonthlySummaryFacts> = {}) =>
  templates.render('reporting/monthly-summary', locale, monthlySummaryData({ ...facts, ...overrides }, locale));

describe('the monthly summary’s arithmetic of months and sites', () => {
  it('takes the month before across a new year, and a month’s dates whatever its length', () => {
    expect(previousMonth('2026-12')).toBe('2026-11');
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(monthPeriod('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(() => monthPeriod('2026-13')).toThrow(RangeError);
  });

  it('names the five busiest sites by rate, then booked hours, leaving out a site without capacity', () => {
    const row = (label: string, occupancyRate: number | null, bookedHours: number) => ({
      label,
      occupancyRate,
      bookedHours,
    });
    const rows = [
      row('Auch', 0.5, 40),
      row('Condom', 0.8, 10),
      row('Eauze', null, 3),
      row('Fleurance', 0.5, 60),
      row('Gimont', 0.1, 1),
      row('Lectoure', 0.2, 2),
      row('Mirande', 0.05, 1),
    ];
    expect(topSites(rows).map((site) => site.name)).toEqual(['Condom', 'Fleurance', 'Auch', 'Lectoure', 'Gimont']);
  });
});

describe('the monthly summary mail', () => {
  it('gives the figures in French, numbers written the French way, with the change from the month before', () => {
    const mail = render('fr');
    // The subject is one line of plain spaces (the templates' rule), the body keeps the no-break space.
    expect(mail.subject).toBe("Le réseau en novembre 2026 : 73,4 % d'occupation");
    expect(mail.text).toContain('Bonjour Agnès,');
    expect(mail.text).toContain("avec entre parenthèses l'écart par rapport à octobre 2026.");
    expect(mail.text).toContain(
      [
        `- Taux d'occupation : 73,4${NBSP}% (+2,1 points)`,
        `- Heures réservées : 1${NBSP}234,5 h (+34,5)`,
        `- Heures ouvertes à la réservation : 1${NBSP}681,5 h (0)`,
        '- Réservations : 412 (+12)',
        '- Membres venus : 87 (0)',
        '- Absences non signalées : 3 (-2)',
      ].join('\n'),
    );
    // October has no share (no known home): no change is given, rather than a wrong one.
    expect(mail.text).toContain(
      `- Journées de télétravail : 301,5 (0)\n- Part venant de l'extérieur du Gers : 40,0${NBSP}%\n`,
    );
    expect(mail.text).toContain(`- Taux de remplissage : 72,5${NBSP}% (0,0 points)`);
    expect(mail.text).toContain(
      `- Tiers-lieu <d’Auch> : 91,3${NBSP}% (310,3 h réservées)\n- Tiers-lieu de Fleurance : 50,0${NBSP}% (80 h réservées)`,
    );
    expect(mail.text).toContain('au format français (colonnes séparées par des points-virgules, virgule décimale)');
    expect(mail.text).toContain('Ouvrir le tableau de bord : https://bastide.example.fr/reseau/tableau-de-bord');
    expect(mail.html).toContain('<li>Tiers-lieu &lt;d’Auch&gt; : 91,3');
    expect(mail.html).toContain('<a class="button" href="https://bastide.example.fr/reseau/tableau-de-bord">');
  });

  it('gives the same figures in English, numbers written the English way', () => {
    const mail = render('en');
    expect(mail.subject).toBe('The network in November 2026: 73.4% occupancy');
    expect(mail.text).toContain('Hello Agnès,');
    expect(mail.text).toContain('with the change from October 2026 in brackets.');
    expect(mail.text).toContain('- Occupancy rate: 73.4% (+2.1 points)\n- Booked hours: 1,234.5 h (+34.5)');
    expect(mail.text).toContain('- No-shows: 3 (-2)');
    expect(mail.text).toContain('- Share from outside the Gers: 40.0%\n');
    expect(mail.text).toContain('- Tiers-lieu <d’Auch>: 91.3% (310.3 h booked)');
    expect(mail.text).toContain('They use the French format (columns separated by semicolons, decimal comma)');
    expect(mail.text).toContain('Open the dashboard: https://bastide.example.fr/reseau/tableau-de-bord');
  });

  it('says nothing of the busiest sites in a month without any capacity, and shows no rate as a dash', () => {
    const empty: MonthFigures = { ...november, occupancyRate: null, fillRate: null };
    const mail = render('fr', { current: empty, topSites: [] });
    expect(mail.text).not.toContain('Les lieux les plus occupés');
    expect(mail.text).toContain("- Taux d'occupation : —\n");
    expect(mail.text).toContain('- Taux de remplissage : —\n');
  });
});
