import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { frenchPage, launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

const OFFICER = { email: 'accueil@gers-tiers-lieux.example', password: 'un mot de passe de chargé d’accueil' };
const NEWCOMER = {
  firstName: 'Claire',
  lastName: 'Dupuy',
  email: 'claire.dupuy@example.fr',
  currentCity: 'Bordeaux',
  profession: 'Graphiste',
  wishes: 'Un village avec une école et la fibre, à moins d’une heure de Toulouse, pour le printemps.',
};
const NOTE = 'Appelée : elle visite Mirande samedi avec le relais du village.';

/**
 * The Soho Solo accompaniment from both ends: someone who wants to work from the Gers sends the form, and a
 * welcome officer finds the file, moves it on the board and writes down the call.
 */
describe('a newcomer’s file, from the public form to the officers’ pipeline, in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startBastide({ BOOTSTRAP_ADMIN_EMAIL: OFFICER.email, BOOTSTRAP_ADMIN_PASSWORD: OFFICER.password }),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    for (const context of contexts) {
      await context.close();
    }
    await browser?.close();
    await server?.stop();
  });

  const newPage = () => frenchPage(browser, contexts);

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it('lets someone who wants to move to the Gers send the form, and says what happens next', async () => {
    const page = await newPage();
    await page.goto(server.baseUrl + '/');
    await page.getByRole('link', { name: /S’installer dans le Gers/ }).click();
    await page.getByRole('heading', { level: 1, name: 'S’installer dans le Gers' }).waitFor();

    // Sent empty, the form lists what to fix.
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Accord pour être contacté' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Prénom').fill(NEWCOMER.firstName);
    await page.getByLabel('Nom', { exact: true }).fill(NEWCOMER.lastName);
    await page.getByLabel('Adresse e-mail').fill(NEWCOMER.email);
    await page.getByLabel('Ville où vous habitez aujourd’hui').fill(NEWCOMER.currentCity);
    await page.getByLabel('Métier ou activité').fill(NEWCOMER.profession);
    await page.getByLabel('Indépendant ou freelance').check();
    await page.getByLabel('Vos souhaits').fill(NEWCOMER.wishes);
    // The household and the wishes in detail, all optional.
    await page.getByRole('group', { name: 'Votre foyer' }).getByLabel('Adultes').fill('2');
    await page.getByRole('group', { name: 'Votre foyer' }).getByLabel('Enfants').fill('1');
    await page.getByLabel('Secteur du Gers (facultatif)').fill('Astarac');
    await page.getByRole('group', { name: 'Logement' }).getByLabel('Acheter', { exact: true }).check();
    await page.getByRole('group', { name: 'Besoin de la fibre' }).getByLabel('Oui', { exact: true }).check();
    await page.getByLabel('Minutes au plus jusqu’à Toulouse').fill('60');
    await page.getByLabel('Quand pensez-vous vous installer ?').click();
    await page.getByRole('option', { name: 'Dans l’année' }).click();
    await page.getByLabel(/J’accepte d’être contacté/).check();
    // The honeypot is out of reach of people: out of the accessibility tree and of the tab order.
    expect(await page.getByRole('textbox', { name: 'Ne remplissez pas ce champ' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'newcomer-form');

    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.getByRole('status').getByText('Merci, votre demande est bien arrivée.').waitFor();
    await expectAccessible(page);
  });

  it('lets an officer find the file, move it to “contacted” on the board and add a note', async () => {
    const page = await newPage();
    await page.goto(server.baseUrl + '/connexion');
    await page.getByLabel('Adresse électronique').fill(OFFICER.email);
    await page.getByLabel('Mot de passe').fill(OFFICER.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname !== '/connexion');

    await page.goto(server.baseUrl + '/reseau');
    await page.getByRole('link', { name: 'Nouveaux arrivants' }).click();
    await page.getByRole('heading', { level: 1, name: /Nouveaux arrivants/ }).waitFor();
    const row = page.getByRole('row', { name: /Claire Dupuy/ });
    await row.getByRole('cell', { name: 'Nouveau' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('radio', { name: 'Tableau' }).click();
    const card = page.locator('.newcomers__card', { hasText: 'Claire Dupuy' });
    await card.getByLabel('Étape du dossier de Claire Dupuy').selectOption('contacted');
    await card.getByRole('button', { name: /Déplacer/ }).click();
    await page.getByText('Le dossier de Claire Dupuy est passé à l’étape « Contacté ».').waitFor();
    await page
      .getByRole('region', { name: /Contacté/ })
      .getByRole('link', { name: 'Claire Dupuy' })
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'newcomers-board');

    await page.getByRole('link', { name: 'Claire Dupuy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Claire Dupuy' }).waitFor();
    await page.getByText('Étape : « Contacté ».').waitFor();
    await page.getByLabel('Nouvelle note').fill(NOTE);
    await page.getByRole('button', { name: 'Ajouter la note' }).click();
    await page.getByText('La note est ajoutée à l’historique.').waitFor();
    await page.locator('.newcomer-file__timeline li').first().getByText(NOTE).waitFor();
    // What the form said, in detail.
    const wishes = page.locator('.newcomer-file__facts').nth(1);
    await wishes.getByText('2 adultes, 1 enfant').waitFor();
    await wishes.getByText('Acheter').waitFor();
    await wishes.getByText('60 min').waitFor();
    await wishes.getByText('Dans l’année').waitFor();

    // The next action, and handing the file to an officer chosen from the officers' list.
    await page.getByLabel('Date de la prochaine action').fill('2031-03-14');
    await page.getByLabel('À faire (facultatif)').fill('Rappeler après la visite de Mirande');
    await page.getByRole('button', { name: 'Enregistrer la prochaine action' }).click();
    await page.getByText('Prochaine action le 14 mars 2031.').waitFor();
    // The bootstrap officer is the only one: the select lists them by name.
    await page.getByLabel('Confier le dossier à').selectOption({ label: 'Réseau Bastide' });
    await page.getByRole('button', { name: 'Confier le dossier', exact: true }).click();
    await page.getByText('Le dossier est confié à Réseau Bastide.').waitFor();
    await page.getByRole('button', { name: 'Retirer la prochaine action' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'newcomer-file');
  });
});
