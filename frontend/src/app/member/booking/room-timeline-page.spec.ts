import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { NOW } from '../../core/time/now';
import { givenBooking } from '../../testing/booking-samples';
import { givenAuthResponse } from '../../testing/identity-samples';
import { givenSiteDetail } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { extendSpan, halfHoursOf } from './room-timeline';

describe('room timeline', () => {
  describe('halfHoursOf', () => {
    it('cuts each opening range into half-hours, skipping the lunch break', () => {
      const hours = givenSiteDetail().openingHours;
      // Monday: 08:30–12:30 and 13:30–18:00.
      const monday = halfHoursOf(hours, '2026-11-30');
      expect(monday[0]).toEqual({ start: '08:30', end: '09:00' });
      expect(monday.map((slot) => slot.start)).not.toContain('12:30');
      expect(monday.map((slot) => slot.start)).toContain('13:30');
      expect(monday).toHaveLength(8 + 9);
      // Sunday: closed.
      expect(halfHoursOf(hours, '2026-12-06')).toEqual([]);
    });

    it('starts a range that opens off the half-hour at the next half-hour', () => {
      const hours = { ...givenSiteDetail().openingHours, tue: [['08:45', '10:00']] as [string, string][] };
      expect(halfHoursOf(hours, '2026-12-01')).toEqual([
        { start: '09:00', end: '09:30' },
        { start: '09:30', end: '10:00' },
      ]);
    });
  });

  describe('extendSpan', () => {
    const free = (index: number) => index !== 3;

    it('starts, extends over free half-hours, restarts past a booked one, and unchooses a single one', () => {
      const first = extendSpan(null, 'room', 0, free);
      expect(first).toEqual({ roomId: 'room', first: 0, last: 0 });
      expect(extendSpan(first, 'room', 2, free)).toEqual({ roomId: 'room', first: 0, last: 2 });
      expect(extendSpan(first, 'room', 4, free)).toEqual({ roomId: 'room', first: 4, last: 4 });
      expect(extendSpan(first, 'other', 2, free)).toEqual({ roomId: 'other', first: 2, last: 2 });
      expect(extendSpan(first, 'room', 3, free)).toBe(first);
      expect(extendSpan(first, 'room', 0, free)).toBeNull();
    });
  });

  describe('RoomTimelinePage', () => {
    let http: HttpTestingController;
    const site = givenSiteDetail({
      resources: [
        ...givenSiteDetail().resources,
        { ...givenSiteDetail().resources[0], id: 'r3', name: 'Salle Pyrénées' },
      ],
    });

    beforeEach(() => {
      TestBed.configureTestingModule({
        providers: [
          provideRouter(routes, withComponentInputBinding()),
          provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
          provideHttpClientTesting(),
          provideTestTranslations('fr'),
          { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
          { provide: NOW, useValue: () => new Date('2026-11-30T09:00:00Z') },
        ],
      });
      http = TestBed.inject(HttpTestingController);
      TestBed.inject(Session).start(givenAuthResponse());
    });

    afterEach(() => {
      document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
    });

    const tick = () => new Promise((resolve) => setTimeout(resolve));

    /** Salle Armagnac (r1) is booked 09:30–10:30 on Tuesday; Salle Pyrénées (r3) is free all day. */
    function answerDay() {
      const questions = http.match((request) => request.url === '/api/v1/availability');
      for (const question of questions) {
        const start = question.request.params.get('start') as string;
        const armagnacTaken = start >= '2026-12-01T09:30' && start < '2026-12-01T10:30';
        const free = [
          ...(armagnacTaken ? [] : [{ id: 'r1', name: 'Salle Armagnac', kind: 'meeting_room' as const }]),
          { id: 'r3', name: 'Salle Pyrénées', kind: 'meeting_room' as const },
        ];
        question.flush({
          items: [
            {
              site: { id: site.id, name: site.name, slug: site.slug },
              free,
              freeCount: free.length,
              start,
              end: start,
            },
          ],
          total: 1,
        });
      }
      return questions;
    }

    async function open(date = '2026-12-01') {
      const harness = await RouterTestingHarness.create();
      const navigated = harness.navigateByUrl(`/mon-espace/reserver/salles/${site.id}?date=${date}`);
      await tick();
      http.expectOne(`/api/v1/sites/${site.id}`).flush(site);
      const questions = answerDay();
      await navigated;
      await harness.fixture.whenStable();
      const page = harness.routeNativeElement as HTMLElement;
      const cell = (slot: number, room: number) => page.querySelector(`[data-cell="${slot}-${room}"]`) as HTMLElement;
      const key = async (name: string) => {
        // Keys go to the cell that has the focus stop, as a browser would send them.
        page
          .querySelector('[role="gridcell"][tabindex="0"]')
          ?.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
        await tick();
        await harness.fixture.whenStable();
      };
      return { harness, page, cell, key, questions };
    }

    it('asks what is free half-hour by half-hour, and says which half-hours are booked in words', async () => {
      const { page, cell, questions } = await open();

      // Tuesday 08:30–18:00: nineteen half-hours, each asked for the site's meeting rooms.
      expect(questions).toHaveLength(19);
      expect(questions[0].request.params.get('start')).toBe('2026-12-01T08:30');
      expect(questions[0].request.params.get('end')).toBe('2026-12-01T09:00');
      expect(questions[0].request.params.get('kind')).toBe('meeting_room');
      expect([...page.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual([
        'Horaire',
        'Salle Armagnac',
        'Salle Pyrénées',
      ]);
      expect(cell(2, 0).textContent?.trim()).toBe('✕ Réservé');
      expect(cell(2, 0).getAttribute('aria-disabled')).toBe('true');
      expect(cell(2, 1).textContent?.trim()).toBe('Libre');
      // Only one cell is a tab stop.
      expect(page.querySelectorAll('[role="gridcell"][tabindex="0"]')).toHaveLength(1);
    });

    it('chooses a span with the keyboard alone, and books it with its local times', async () => {
      const { page, cell, key } = await open();

      await key('ArrowRight');
      await key('ArrowDown');
      await key('Enter');
      await key('ArrowDown');
      await key('ArrowDown');
      await key(' ');
      expect(document.activeElement).toBe(cell(3, 1));
      expect([0, 1, 2, 3, 4].map((slot) => cell(slot, 1).getAttribute('aria-selected'))).toEqual([
        'false',
        'true',
        'true',
        'true',
        'false',
      ]);
      expect(page.querySelector('[role="status"]')?.textContent).toContain(
        'Choisi : Salle Pyrénées, de 09:00 à 10:30.',
      );

      [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Réserver ces horaires')?.click();
      await tick();
      const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
      expect(dialog.textContent).toContain(
        'Salle Pyrénées à Tiers-lieu d’Auch, le mardi 1 décembre 2026, de 09:00 à 10:30.',
      );
      [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Confirmer')?.click();
      await tick();
      const booking = http.expectOne({ method: 'POST', url: '/api/v1/bookings' });
      expect(booking.request.body).toEqual({
        resourceId: 'r3',
        start: '2026-12-01T09:00',
        end: '2026-12-01T10:30',
      });
      booking.flush(
        givenBooking({
          resourceId: 'r3',
          resourceName: 'Salle Pyrénées',
          start: '2026-12-01T09:00:00+01:00',
          end: '2026-12-01T10:30:00+01:00',
          slot: 'custom',
        }),
      );
      await tick();
      http.expectOne(`/api/v1/sites/${site.id}`).flush(site);
      answerDay();
      await tick();
      expect(page.querySelector('[role="status"]')?.textContent).toContain(
        "C'est réservé. Salle Pyrénées à Tiers-lieu d’Auch, le mardi 1 décembre 2026, de 09:00 à 10:30.",
      );
    });

    it('does not choose a booked half-hour', async () => {
      const { cell, key } = await open();

      await key('ArrowDown');
      await key('ArrowDown');
      await key('Enter');
      expect(cell(2, 0).getAttribute('aria-selected')).toBe('false');
    });

    it('offers no half-hour already over today', async () => {
      // Monday 30 November 2026, 10:00 in Auch.
      const { cell } = await open('2026-11-30');

      expect([0, 1, 2, 3].map((slot) => cell(slot, 1).textContent?.trim())).toEqual([
        '– Passé',
        '– Passé',
        '– Passé',
        'Libre',
      ]);
      cell(0, 1).click();
      expect(cell(0, 1).getAttribute('aria-selected')).toBe('false');
    });
  });
});
