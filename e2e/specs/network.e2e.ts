import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { frenchPage, launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

const OFFICER = { email: 'officer@gers-tiers-lieux.example', password: 'un mot de passe de chargée de mission' };
const HOST = {
  firstName: 'Hélène',
  lastName: 'Dupuy',
  email: 'helene.dupuy@example.fr',
  password: 'le mot de passe d’Hélène',
};
const VISITOR = {
  firstName: 'Louis',
  lastName: 'Sarran',
  email: 'louis.sarran@example.fr',
  password: 'le mot de passe de Louis',
};
const SITE_NAME = 'La Halle numérique de Lectoure';

interface CommuneView {
  code: string;
  name: string;
  epciName: string | null;
}

/**
 * The network's journey across its three areas: an officer opens a site, a host keeps its hours, and a
 * visitor finds it. Each person has a browser context of their own, as each would have their own browser.
 */
describe('a new site, from the network to the public directory, in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let lectoure: CommuneView;
  let sitePath: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startBastide({ BOOTSTRAP_ADMIN_EMAIL: OFFICER.email, BOOTSTRAP_ADMIN_PASSWORD: OFFICER.password }),
      launchChromium(),
    ]);
    const response = await fetch(`${server.baseUrl}/api/v1/territory/communes?department=32&q=Lectoure`);
    const page = (await response.json()) as { items: CommuneView[] };
    lectoure = page.items.find((commune) => commune.name === 'Lectoure') as CommuneView;
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

  async function signUp(page: Page, person: typeof HOST): Promise<void> {
    await page.goto(server.baseUrl + '/inscription');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Prénom').fill(person.firstName);
    await page.getByLabel('Nom', { exact: true }).fill(person.lastName);
    await page.getByLabel('Adresse électronique').fill(person.email);
    await page.getByLabel('Mot de passe').fill(person.password);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL(server.baseUrl + '/mon-espace');
  }

  async function signIn(page: Page, email: string, password: string): Promise<void> {
    await page.goto(server.baseUrl + '/connexion');
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname !== '/connexion');
  }

  it('knows the commune of the new site and its EPCI', () => {
    expect(lectoure?.epciName).toBeTruthy();
  });

  it('lets a future host sign up through the pages', async () => {
    const page = await newPage();
    await signUp(page, HOST);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
  });

  it('lets an officer create a site in a Gers commune, add a desk, publish it and appoint its host', async () => {
    const page = await newPage();
    await signIn(page, OFFICER.email, OFFICER.password);

    await page.goto(server.baseUrl + '/reseau');
    await page.getByRole('heading', { level: 1, name: 'Lieux du réseau' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'network-sites');
    await page.getByRole('link', { name: 'Créer un lieu' }).first().click();

    await page.getByRole('heading', { level: 1, name: 'Créer un lieu' }).waitFor();
    await page.getByLabel('Nom du lieu').fill(SITE_NAME);
    await page.getByLabel('Commune du Gers').fill('Lectoure');
    await page.getByRole('option', { name: /^Lectoure \(32700\)/ }).click();
    await page.getByLabel('Adresse').fill('3 place de la Halle, 32700 Lectoure');
    await page.getByLabel('Latitude').fill('43.934');
    await page.getByLabel('Longitude').fill('0.621');
    // The usual week is offered: Monday to Friday, with a lunch break.
    await expect(
      page.getByRole('group', { name: 'Lundi, plage 2' }).getByLabel('Fermeture').inputValue(),
    ).resolves.toBe('18:00');
    await expectAccessible(page);
    await screenshot(page, 'network-create-site');
    await page.getByRole('button', { name: 'Créer le lieu en brouillon' }).click();

    await page.getByRole('heading', { level: 1, name: SITE_NAME }).waitFor();
    sitePath = new URL(page.url()).pathname;
    expect(sitePath).toMatch(/^\/reseau\/lieux\/[0-9a-f-]{36}$/);
    await page.getByText('Lieu créé en brouillon').waitFor();

    await page.getByLabel('Nom', { exact: true }).fill('Poste fenêtre');
    await page.getByRole('button', { name: "Ajouter l'espace" }).click();
    await page.getByRole('status').filter({ hasText: '« Poste fenêtre » est ajouté.' }).waitFor();

    await page.getByRole('button', { name: 'Publier' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `« ${SITE_NAME} » est publié.` })
      .waitFor();

    await page.getByLabel('Nom ou adresse électronique').fill('Dupuy');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByRole('button', { name: `Désigner comme hôte ${HOST.firstName} ${HOST.lastName}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${HOST.firstName} ${HOST.lastName} est désormais hôte de ce lieu.` })
      .waitFor();
    await page.getByRole('button', { name: `Retirer ${HOST.firstName} ${HOST.lastName}` }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'network-site');

    await page.getByRole('link', { name: "Journal d'audit" }).click();
    await page.getByRole('heading', { level: 1, name: "Journal d'audit" }).waitFor();
    await page.getByRole('table').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'network-audit');
    await page.getByRole('link', { name: 'Comptes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comptes' }).waitFor();
    await page.getByRole('rowheader', { name: `${HOST.firstName} ${HOST.lastName}` }).waitFor();
    await expectAccessible(page);
  });

  it('lets the host change the opening hours of their site', async () => {
    const page = await newPage();
    await signIn(page, HOST.email, HOST.password);

    await page.getByRole('link', { name: 'Hôte' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mes lieux' }).waitFor();
    await page.getByRole('link', { name: SITE_NAME }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'host-sites');
    await page.getByRole('link', { name: SITE_NAME }).click();
    await page.getByRole('heading', { level: 1, name: SITE_NAME }).waitFor();

    const saturday = page.getByRole('group', { name: 'Samedi' });
    await saturday.getByRole('button', { name: 'Ajouter une plage (Samedi)' }).click();
    const range = page.getByRole('group', { name: 'Samedi, plage 1' });
    await range.getByLabel('Ouverture').fill('10:00');
    await range.getByLabel('Fermeture').fill('09:00');
    await range.getByLabel('Fermeture').blur();
    await range.getByText("La fermeture doit suivre l'ouverture.").waitFor();
    await range.getByLabel('Fermeture').fill('12:30');
    await page.getByRole('button', { name: 'Enregistrer les horaires' }).click();
    await page.getByRole('status').filter({ hasText: 'Horaires enregistrés.' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'host-site');
  });

  it('lets a visitor who signed up find the site by its EPCI and read the new hours', async () => {
    const page = await newPage();
    await signUp(page, VISITOR);

    await page.getByRole('link', { name: 'Lieux', exact: true }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Intercommunalité').click();
    await page.getByRole('option', { name: lectoure.epciName as string, exact: true }).click();
    await page.getByRole('link', { name: SITE_NAME }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'visitor-directory');
    await page.getByRole('link', { name: SITE_NAME }).click();

    await page.getByRole('heading', { level: 1, name: SITE_NAME }).waitFor();
    const saturday = page.getByRole('row', { name: /Samedi/ });
    await expect(saturday.textContent()).resolves.toContain('10:00 – 12:30');
    await expect(page.getByRole('row', { name: /Dimanche/ }).textContent()).resolves.toContain('Fermé');
    await expectAccessible(page);
    await screenshot(page, 'visitor-site');
  });
});
