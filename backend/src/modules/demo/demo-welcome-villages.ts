import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/access/principal';
import type { CreateWelcomeVillageRequest } from '../welcome-villages/dto/welcome-village.dto';
import { WelcomeVillagesService } from '../welcome-villages/welcome-villages.service';

/**
 * Gers communes of the demo that volunteer to welcome newcomers. The relays are invented: their addresses
 * are on the demo's own domain and their phone numbers in the range ARCEP keeps for fiction (05 36 49).
 * Simorre is left unpublished, for the officers' page to show a village being prepared.
 */
export const DEMO_WELCOME_VILLAGES: CreateWelcomeVillageRequest[] = [
  {
    communeCode: '32256',
    relayName: 'Martine Lacoste',
    relayRole: 'town_hall',
    relayEmail: 'accueil.mirande@bastide.demo',
    relayPhone: '05 36 49 10 01',
    offers: ['school', 'shops', 'housing', 'fibre'],
    descriptionFr:
      'Bastide de l’Astarac : écoles et collège, commerces autour de la place, marché le lundi. ' +
      'La mairie connaît les maisons à louer du centre.',
    descriptionEn:
      'A bastide town of the Astarac: schools, shops around the square, Monday market. ' +
      'The town hall knows of houses to let in the centre.',
    latitude: 43.5147,
    longitude: 0.4044,
    published: true,
  },
  {
    communeCode: '32208',
    relayName: 'Lectoure Accueil',
    relayRole: 'association',
    relayEmail: 'bonjour.lectoure@bastide.demo',
    relayPhone: '05 36 49 10 02',
    offers: ['school', 'shops', 'fibre'],
    descriptionFr:
      'Ville perchée de Lomagne : écoles, commerces et fibre dans tout le bourg. ' +
      'L’association organise un repas d’accueil chaque trimestre.',
    descriptionEn:
      'A hilltop town of the Lomagne: schools, shops and fibre throughout. ' +
      'The association holds a welcome dinner every quarter.',
    latitude: 43.9347,
    longitude: 0.6211,
    published: true,
  },
  {
    communeCode: '32233',
    relayName: 'Jean Dufour',
    relayRole: 'resident',
    relayEmail: 'relais.marciac@bastide.demo',
    offers: ['school', 'shops', 'housing'],
    descriptionFr: 'Bastide du jazz : école primaire, commerces, un réseau de propriétaires qui louent à l’année.',
    descriptionEn: 'The jazz bastide: primary school, shops, landlords who let all year round.',
    latitude: 43.5256,
    longitude: 0.1603,
    published: true,
  },
  {
    communeCode: '32370',
    relayName: 'Mairie de Saint-Clar',
    relayRole: 'town_hall',
    relayEmail: 'mairie.saint-clar@bastide.demo',
    relayPhone: '05 36 49 10 04',
    offers: ['school', 'housing'],
    descriptionFr: 'Village de Lomagne avec son école et des logements communaux proposés aux familles.',
    descriptionEn: 'A Lomagne village with its school and council homes offered to families.',
    latitude: 43.8908,
    longitude: 0.7717,
    published: true,
  },
  {
    communeCode: '32242',
    relayName: 'Foyer rural de Masseube',
    relayRole: 'association',
    relayEmail: 'foyer.masseube@bastide.demo',
    offers: ['school', 'shops', 'fibre'],
    descriptionFr: 'Bourg de la vallée du Gers : école, collège, commerces, fibre. À quarante minutes d’Auch.',
    latitude: 43.43,
    longitude: 0.5786,
    published: true,
  },
  {
    communeCode: '32433',
    relayName: 'Claude Sabathé',
    relayRole: 'town_hall',
    relayEmail: 'mairie.simorre@bastide.demo',
    offers: ['housing', 'fibre'],
    descriptionFr: 'Village autour de son église fortifiée ; la liste des maisons à louer est en préparation.',
    latitude: 43.4494,
    longitude: 0.7339,
  },
];

/** Loads the demo's welcome villages through the service an officer's requests reach. */
@Injectable()
export class DemoWelcomeVillages {
  constructor(private readonly villages: WelcomeVillagesService) {}

  async load(officer: Principal): Promise<number> {
    for (const village of DEMO_WELCOME_VILLAGES) await this.villages.create(village, officer);
    return DEMO_WELCOME_VILLAGES.length;
  }
}
