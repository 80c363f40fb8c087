import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import {
  frenchPage,
  launchChromium,
  screenshot,
  seriousAccessibilityViolations,
  submitSignIn,
} from '../support/browser';
import { trialDate, trialDayInvitationPath } from '../support/trial-day';

const DEMO_PASSWORD = 'bastide-demo-2026';
const OFFICER = { email: 'agent.reseau@bastide.demo' };
const HOST = { email: 'hote.auch@bastide.demo' };
const AUCH = "Tiers-lieu d'Auch";
const NEWCOMER = {
  firstName: 'Inès',
  lastName: 'Garcia',
  email: `ines.garcia.${Date.now()}@example.fr`,
  currentCity: 'Lyon',
  profession: 'Traductrice',
  wishes: 'Travailler au calme dans le Gers, près d’une gare, avant l’été.',
  password: 'une longue phrase de passe',
};
const NOTE = 'Appelée : elle aimerait essayer le tiers-lieu d’Auch avant de chercher un logement.';

/**
 * Issue 8's acceptance: someone sends the Soho Solo form; an officer finds the file, moves it to “contacted”,
 * adds a note and offers a trial day at the Auch tiers-lieu; the newcomer opens the mailed link and accepts
 * (their account is opened, the day booked on it); the host of Auch sees the booking on the day sheet.
 */
describe('a newcomer’s trial day, from the form to the host’s day sheet, in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const day = trialDate();
  let invitationLink = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBastide({ DEMO_DATA: 'true' }), launchChromium()]);
  });

  afterAll(async () => {
    for (const context of contexts) {
      await context.close();
    }
    await browser?.close();
    await server?.stop();
  });

  const newPage = () => frenchPage(browser, contexts);

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(server.baseUrl + '/connexion');
    await submitSignIn(page, email, DEMO_PASSWORD);
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it('lets someone send the Soho Solo form', async () => {
    const page = await newPage();
    await page.goto(server.baseUrl + '/s-installer');
    await page.getByRole('heading', { level: 1, name: 'S’installer dans le Gers' }).waitFor();
    await page.getByLabel('Prénom').fill(NEWCOMER.firstName);
    await page.getByLabel('Nom', { exact: true }).fill(NEWCOMER.lastName);
    await page.getByLabel('Adresse e-mail').fill(NEWCOMER.email);
    await page.getByLabel('Ville où vous habitez aujourd’hui').fill(NEWCOMER.currentCity);
    await page.getByLabel('Métier ou activité').fill(NEWCOMER.profession);
    await page.getByLabel('Télétravail pour un employeur').check();
    await page.getByLabel('Vos souhaits').fill(NEWCOMER.wishes);
    await page.getByLabel(/J’accepte d’être contacté/).check();
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await page.getByRole('status').getByText('Merci, votre demande est bien arrivée.').waitFor();
  });

  it('lets an officer move the file to “contacted”, add a note and offer a trial day at Auch', async () => {
    const page = await newPage();
    await signIn(page, OFFICER.email);
    await page.goto(server.baseUrl + '/reseau/nouveaux-arrivants');
    await page
      .getByRole('link', { name: `${NEWCOMER.firstName} ${NEWCOMER.lastName}` })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: `${NEWCOMER.firstName} ${NEWCOMER.lastName}` }).waitFor();

    await page.getByLabel('Étape', { exact: true }).selectOption('contacted');
    await page.getByRole('button', { name: 'Changer d’étape' }).click();
    await page.getByText('Étape : « Contacté ».').waitFor();
    await page.getByLabel('Nouvelle note').fill(NOTE);
    await page.getByRole('button', { name: 'Ajouter la note' }).click();
    await page.getByText('La note est ajoutée à l’historique.').waitFor();

    const trialDays = page.getByRole('region', { name: 'Tiers-lieux et journée d’essai' });
    await trialDays.getByLabel('Tiers-lieu', { exact: true }).selectOption({ label: `${AUCH} (Auch)` });
    await trialDays.getByLabel('Jour', { exact: true }).fill(day);
    await trialDays.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await trialDays.getByRole('status').getByText('L’invitation est envoyée par e-mail.').waitFor();
    await trialDays.getByText('Envoyée, en attente').waitFor();
    await page.getByText(/Journée d’essai proposée : Tiers-lieu d'Auch/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'trial-day-offered');
  });

  it('mails the newcomer an invitation with its link', async () => {
    invitationLink = server.baseUrl + (await trialDayInvitationPath(server, NEWCOMER.email, AUCH));
  });

  it('lets the newcomer accept with a password: the account is opened and the day booked', async () => {
    const page = await newPage();
    await page.goto(invitationLink);
    await page.getByRole('heading', { level: 1, name: 'Votre journée d’essai en tiers-lieu' }).waitFor();
    await page.getByText(AUCH).first().waitFor();
    await page.getByText(NEWCOMER.email).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'trial-day-invitation');
    await page.getByLabel('Mot de passe').fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Accepter la journée d’essai' }).click();
    await page.getByRole('status').getByText('C’est réservé !').waitFor();
    await page.getByText(new RegExp(`Votre place est réservée au ${AUCH}`)).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'trial-day-accepted');

    // Used once: the link now says so.
    const again = await newPage();
    await again.goto(invitationLink);
    await again.getByRole('alert').getByText('Cette journée d’essai est déjà acceptée').waitFor();
  });

  it('shows the booking on the Auch host’s day sheet', async () => {
    const sites = (await (await fetch(`${server.baseUrl}/api/v1/sites?q=Auch`)).json()) as {
      items: { id: string; name: string }[];
    };
    const auch = sites.items.find((site) => site.name === AUCH)!;
    const page = await newPage();
    await signIn(page, HOST.email);
    await page.goto(`${server.baseUrl}/hote/lieux/${auch.id}/journee?date=${day}`);
    const row = page.getByRole('row').filter({ hasText: `${NEWCOMER.firstName} ${NEWCOMER.lastName}` });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Confirmée');
    await expectAccessible(page);
    await screenshot(page, 'trial-day-host-day-sheet');
  });
});
