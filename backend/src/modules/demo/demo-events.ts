import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { Principal } from '../../common/access/principal';
import type { CreateEventRequest } from '../events/dto/event.dto';
import type { CreateEventSeriesRequest } from '../events/dto/event-series.dto';
import { EventCreation } from '../events/event-creation.service';
import { EventRegistrationsService } from '../events/event-registrations.service';
import { EventSeriesService } from '../events/event-series.service';
import { EventsService } from '../events/events.service';
import type { DemoSiteKey } from './demo-network.data';

const ZONE = 'Europe/Paris';
/** How many Tuesdays the telework café runs in the demo, from the next one. */
const CAFE_WEEKS = 6;

/** Who the demo's events are made by and for: account ids by demo key, and site ids by demo site key. */
export interface DemoEventPeople {
  accounts: ReadonlyMap<string, string>;
  sites: ReadonlyMap<DemoSiteKey, string>;
}

/** The first date strictly after `today` that falls on the ISO weekday, at least `minDays` ahead. */
function nextWeekday(today: DateTime, weekday: number, minDays = 1): DateTime {
  let day = today.startOf('day').plus({ days: minDays });
  while (day.weekday !== weekday) day = day.plus({ days: 1 });
  return day;
}

/** A local wall-clock time without offset: the events module reads it in the site's zone. */
function local(day: DateTime, time: string): string {
  return `${day.toISODate()}T${time}`;
}

/**
 * The demo network's agenda, made through the events module's services with the demo officer and hosts as
 * actors (checked and audited as their requests would be): a weekly telework café on Tuesday mornings at
 * Auch, an after-work at L'Isle-Jourdain and a members-only training, with a few regulars registered.
 * Registering mails nothing, so no invented person is written to.
 */
@Injectable()
export class DemoEvents {
  constructor(
    private readonly creation: EventCreation,
    private readonly series: EventSeriesService,
    private readonly events: EventsService,
    private readonly registrations: EventRegistrationsService,
  ) {}

  /** Answers how many events were made. */
  async load(now: Date, people: DemoEventPeople): Promise<number> {
    const today = DateTime.fromJSDate(now, { zone: ZONE });
    const auch = people.sites.get('auch')!;
    const isle = people.sites.get('save')!;
    const officer = this.principal(people, 'officer', 'admin', []);
    const hostAuch = this.principal(people, 'hostAuch', 'host', [auch]);
    const hostSave = this.principal(people, 'hostSave', 'host', [isle]);

    const firstTuesday = nextWeekday(today, 2);
    const cafes = await this.series.create(
      {
        siteId: auch,
        title: 'Café télétravail du mardi',
        description:
          'Chaque mardi matin, un café et des **croissants** pour rencontrer les autres télétravailleurs du ' +
          'tiers-lieu.\n\n- accueil à 9 h sur le plateau\n- tour de table : qui fait quoi, qui cherche quoi\n' +
          '- fin vers 10 h 30, chacun retourne à son poste',
        category: 'telework_cafe',
        start: local(firstTuesday, '09:00'),
        end: local(firstTuesday, '10:30'),
        capacity: 12,
        until: firstTuesday.plus({ weeks: CAFE_WEEKS - 1 }).toISODate()!,
        publish: true,
      } as CreateEventSeriesRequest,
      hostAuch,
    );

    const afterworkDay = nextWeekday(today, 4, 3);
    const afterwork = await this.creation.create(
      {
        siteId: isle,
        title: 'Afterwork au jardin',
        description:
          'Pour finir la semaine ensemble : apéritif au jardin du tiers-lieu (repli à l’intérieur s’il pleut). ' +
          'Venez avec vos voisins, les salariés toulousains en télétravail sont les bienvenus.',
        category: 'afterwork',
        start: local(afterworkDay, '18:30'),
        end: local(afterworkDay, '20:30'),
        capacity: 25,
      } as CreateEventRequest,
      hostSave,
    );
    await this.events.publish(afterwork.id, hostSave);

    const trainingDay = nextWeekday(today, 5, 7);
    const training = await this.creation.create(
      {
        siteId: auch,
        title: 'Formation : sécuriser son poste en télétravail',
        description:
          'Réservée aux membres du réseau. Trois heures pour faire le point sur les mots de passe, la double ' +
          'authentification, le VPN de l’employeur et les sauvegardes.\n\nApportez votre ordinateur portable.',
        category: 'training',
        start: local(trainingDay, '14:00'),
        end: local(trainingDay, '17:00'),
        capacity: 8,
        visibility: 'members',
        registrationDeadline: local(trainingDay.minus({ days: 1 }), '12:00'),
      } as CreateEventRequest,
      officer,
    );
    await this.events.publish(training.id, officer);

    const firstCafe = cafes.created[0];
    for (const member of ['camille', 'ines', 'julien']) {
      await this.registrations.register(firstCafe.id, this.principal(people, member, 'member', []));
    }
    await this.registrations.register(afterwork.id, this.principal(people, 'julien', 'member', []));
    await this.registrations.register(training.id, this.principal(people, 'camille', 'member', []));
    return cafes.created.length + 2;
  }

  private principal(people: DemoEventPeople, key: string, role: Principal['role'], sites: string[]): Principal {
    return { userId: people.accounts.get(key)!, sessionId: 'demo-network', role, hostedSiteIds: sites };
  }
}
