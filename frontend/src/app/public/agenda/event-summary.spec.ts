import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EventView } from '../../core/api/events.types';
import { givenEvent } from '../../testing/event-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { EventSummary } from './event-summary';

describe('EventSummary', () => {
  let fixture: ComponentFixture<EventSummary>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideTestTranslations('fr')] });
    fixture = TestBed.createComponent(EventSummary);
  });

  async function render(event: EventView): Promise<string> {
    fixture.componentRef.setInput('event', event);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  it('says what, when, where and how many places are left', async () => {
    const text = await render(givenEvent({ roomName: 'Salle Armagnac' }));

    expect(text).toContain('Atelier fibre et visio');
    expect(text).toContain('de 18:30 à 20:00 — Salle Armagnac, Tiers-lieu d’Auch, Auch');
    expect(text).toContain('Atelier');
    expect(text).toContain('2 places restantes sur 2');
  });

  it('tells an online event, a full one with its waitlist, and the reader’s place in line', async () => {
    const text = await render(
      givenEvent({
        siteId: null,
        siteName: null,
        siteSlug: null,
        communeName: null,
        onlineUrl: 'https://visio.example.fr/atelier',
        visibility: 'members',
        placesLeft: 0,
        registeredCount: 2,
        waitlistCount: 1,
        myRegistration: { id: 'r', status: 'waitlisted', position: 1 },
      }),
    );

    expect(text).toContain('— En ligne');
    expect(text).toContain('Réservé aux membres');
    expect(text).toContain("Complet : 1 personne en liste d'attente");
    expect(text).toContain("Vous êtes en liste d'attente, position 1.");
  });

  it('marks a cancelled event and says nothing of its places', async () => {
    const text = await render(givenEvent({ status: 'cancelled' }));

    expect(text).toContain('Annulé');
    expect(text).not.toContain('places restantes');
  });
});
