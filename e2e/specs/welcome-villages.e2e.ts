import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { frenchPage, launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

const OFFICER = { email: 'villages@gers-tiers-lieux.example', password: 'un mot de passe de chargé d’accueil' };

/**
 * Welcome villages from both ends: an officer adds Mirande and publishes it; someone who wants to settle in
 * the Gers finds it on the public page by asking for housing leads, with its relay, and on the map.
 */
describe('welcome villages, from the officers’ page to the public one, in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startBastide({ BOOTSTRAP_ADMIN_EMAIL: OFFICER.email, BOOTSTRAP_ADMIN_PASSWORD: OFFICER.password }),
      launchChromium(),
    ]);
    // Lectoure is already published, without housing leads: the filter must leave it out.
    const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(OFFICER),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await fetch(`${server.baseUrl}/api/v1/welcome-villages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        communeCode: '32208',
        relayName: 'Lectoure Accueil',
        relayRole: 'association',
        relayEmail: 'bonjour@lectoure-accueil.example',
        offers: ['school', 'shops', 'fibre'],
        descriptionFr: 'Ville perchée de Lomagne : écoles, commerces et fibre.',
        latitude: 43.9347,
        longitude: 0.6211,
        published: true,
      }),
    });
    expect(created.status).toBe(201);
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

  it('lets an officer add Mirande with its relay and offers, then publish it', async () => {
    const page = await newPage();
    await page.goto(server.baseUrl + '/connexion');
    await page.getByLabel('Adresse électronique').fill(OFFICER.email);
    await page.getByLabel('Mot de passe').fill(OFFICER.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname !== '/connexion');

    await page.goto(server.baseUrl + '/reseau');
    // Exact names: the footer's link to the public page says "Les villages d’accueil du Gers".
    await page
      .getByRole('navigation', { name: 'Sections de l’espace réseau' })
      .getByRole('link', { name: 'Villages d’accueil', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Villages d’accueil', exact: true }).waitFor();
    await page.getByRole('row', { name: /Lectoure/ }).waitFor();

    await page.getByRole('combobox', { name: 'Commune' }).fill('Mirande');
    await page.getByRole('option', { name: /Mirande \(32300/ }).click();
    await page.getByLabel('Nom du relais').fill('Martine Lacoste');
    await page.getByLabel('Adresse e-mail du relais').fill('accueil@mairie-mirande.example');
    await page.getByLabel('Téléphone du relais (facultatif)').fill('05 36 49 10 01');
    await page.getByRole('checkbox', { name: 'École' }).check();
    await page.getByRole('checkbox', { name: 'Commerces' }).check();
    await page.getByRole('checkbox', { name: 'Pistes de logement' }).check();
    await page
      .getByLabel('Présentation en français')
      .fill('Bastide de l’Astarac : écoles, commerces, marché le lundi.');
    await page.getByLabel('Latitude').fill('43.5147');
    await page.getByLabel('Longitude').fill('0.4044');
    await page.getByRole('button', { name: 'Ajouter le village' }).click();
    await page.getByText('Mirande est ajouté aux villages d’accueil.').waitFor();
    const row = page.getByRole('row', { name: /Mirande/ });
    await row.getByRole('cell', { name: 'Non publié' }).waitFor();
    await expectAccessible(page);

    // Not published yet: the public list does not show it.
    const hidden = (await (await fetch(`${server.baseUrl}/api/v1/welcome-villages`)).json()) as {
      items: { communeName: string }[];
    };
    expect(hidden.items.map((village) => village.communeName)).toEqual(['Lectoure']);

    await row.getByRole('button', { name: 'Publier Mirande' }).click();
    await page.getByText('Mirande paraît maintenant sur la page publique.').waitFor();
    await row.getByRole('cell', { name: 'Publié', exact: true }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'welcome-villages-officers');
  });

  it('lets a visitor find Mirande by asking for housing leads, with its relay, on the list and the map', async () => {
    const page = await newPage();
    await page.goto(server.baseUrl + '/s-installer');
    await page.getByRole('link', { name: 'Découvrir les villages d’accueil et ce qu’ils offrent' }).click();
    await page.getByRole('heading', { level: 1, name: 'Les villages d’accueil du Gers' }).waitFor();
    await page.getByRole('status').getByText('2 villages d’accueil.').waitFor();
    await expectAccessible(page);

    await page.getByRole('checkbox', { name: 'Pistes de logement' }).check();
    await page.getByRole('status').getByText('1 village d’accueil.').waitFor();
    expect(new URL(page.url()).searchParams.getAll('offer')).toEqual(['housing']);
    const villages = page.locator('.village-list > li');
    expect(await villages.locator('h2').allTextContents()).toEqual(['Mirande']);
    const mirande = villages.first();
    await mirande.getByText('Martine Lacoste (mairie)').waitFor();
    await mirande.getByRole('link', { name: 'accueil@mairie-mirande.example' }).waitFor();
    await mirande.getByRole('link', { name: '05 36 49 10 01' }).waitFor();
    expect(await mirande.locator('.village-card__offers li').allTextContents()).toEqual([
      'École',
      'Commerces',
      'Pistes de logement',
    ]);

    // The same village on the map, and only it: Leaflet names each marker by its title.
    const map = page.getByRole('region', { name: 'Carte des villages d’accueil, complément de la liste' });
    await map.getByRole('button', { name: 'Mirande' }).waitFor();
    expect(await map.getByRole('button', { name: 'Lectoure' }).count()).toBe(0);
    await map.getByRole('button', { name: 'Mirande' }).click();
    await page.getByRole('link', { name: /Mirande : voir dans la liste/ }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('village-32256');

    // The intercommunality filter narrows further; the way to the form stays.
    await page.getByRole('combobox', { name: 'Intercommunalité' }).click();
    // Only the intercommunalities that have a welcome village, after "all of them".
    expect(await page.getByRole('option').count()).toBe(3);
    await page.getByRole('option', { name: /Astarac/ }).click();
    await page.waitForURL((url) => url.searchParams.has('epci'));
    await page.getByRole('status').getByText('1 village d’accueil.').waitFor();
    expect(await villages.locator('h2').allTextContents()).toEqual(['Mirande']);
    await expectAccessible(page);
    await screenshot(page, 'welcome-villages-public');

    await page.getByRole('link', { name: 'Nous écrire avec le formulaire « S’installer dans le Gers »' }).click();
    await page.getByRole('heading', { level: 1, name: 'S’installer dans le Gers' }).waitFor();
  });
});
