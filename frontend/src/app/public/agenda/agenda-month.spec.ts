import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { givenEvent } from '../../testing/event-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { AgendaMonth } from './agenda-month';

describe('AgendaMonth', () => {
  let fixture: ComponentFixture<AgendaMonth>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideTestTranslations('fr')] });
    fixture = TestBed.createComponent(AgendaMonth);
  });

  async function render(month: string, today: string, events = [givenEvent()]) {
    fixture.componentRef.setInput('month', month);
    fixture.componentRef.setInput('today', today);
    fixture.componentRef.setInput('events', events);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is a table named by its caption, weekdays as column headings, one row per week', async () => {
    const table = (await render('2027-02', '2027-02-10', [])).querySelector('table') as HTMLTableElement;

    expect(table.caption?.textContent?.trim()).toBe('Événements de février 2027, semaine par semaine');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual(
      expect.arrayContaining([['col', 'lun.']]),
    );
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(table.querySelectorAll('tbody tr')).toHaveLength(4);
    const today = table.querySelector('td[aria-current="date"]');
    expect(today?.querySelector('.visually-hidden')?.textContent).toBe('mercredi 10 février 2027');
  });

  it('puts each event under the day it starts on, as a link with its start, struck through once cancelled', async () => {
    const page = await render('2026-12', '2026-11-30', [
      givenEvent(),
      givenEvent({ id: 'e2', title: 'Afterwork', status: 'cancelled', start: '2026-12-03T18:30:00+01:00' }),
    ]);

    const cells = [...page.querySelectorAll('tbody td')];
    const wednesday = cells.find((cell) => cell.textContent?.includes('mercredi 2 décembre 2026')) as HTMLElement;
    const link = wednesday.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/agenda/e0000000-0000-4000-8000-000000000001');
    expect(link.textContent?.replace(/\s+/g, ' ').trim()).toBe('18:30 Atelier fibre et visio');
    const thursday = cells.find((cell) => cell.textContent?.includes('jeudi 3 décembre 2026')) as HTMLElement;
    expect(thursday.querySelector('li')?.className).toContain('agenda-month__event--cancelled');
    expect(thursday.textContent).toContain('(Annulé)');
    // The days of November that fill the first week are marked as outside the month.
    expect(cells[0].className).toContain('agenda-month__day--outside');
  });
});
