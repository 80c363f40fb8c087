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
const OFFICER = 'agent.reseau@bastide.demo';
/** A demo member from Blagnac, who asks the agency about settling in the Gers with his account's address. */
const JULIEN = { email: 'julien.aero@bastide.demo', firstName: 'Julien', lastName: 'Baylac' };
const CAMILLE = 'camille.toulouse@bastide.demo';
const AUCH = "Tiers-lieu d'Auch";

/**
 * A trial day offered to someone who already has an account: the invitation never opens a second account nor
 * takes the existing one over. The page asks them to sign in; signed in as someone else, it says whose the
 * invitation is; signed in as themselves, one click books the day on their account.
 */
describe('a trial day accepted while signed in, in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const day = trialDate();
  let invitationPath = '';

  async function api(method: string, path: string, token?: string, body?: unknown) {
    const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> };
  }

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBastide({ DEMO_DATA: 'true' }), launchChromium()]);
    // The request and the officer's offer go through the API: trial-day.e2e.ts walks them in the browser.
    const file = await api('POST', '/newcomers', undefined, {
      ...JULIEN,
      currentCity: 'Blagnac',
      profession: 'Ingénieur en aéronautique',
      projectKind: 'telework',
      wishes: 'Deux jours par semaine dans le Gers, puis s’y installer avec la famille.',
      consent: true,
    });
    expect(file.status).toBe(201);
    const officer = await api('POST', '/auth/login', undefined, { email: OFFICER, password: DEMO_PASSWORD });
    const sites = await api('GET', '/sites?q=Auch');
    const auch = (sites.body.items as { id: string; name: string }[]).find((site) => site.name === AUCH)!;
    const offered = await api('POST', `/newcomers/${file.body.id}/trial-days`, officer.body.accessToken as string, {
      siteId: auch.id,
      date: day,
    });
    expect(offered.status).toBe(201);

    invitationPath = await trialDayInvitationPath(server, JULIEN.email, AUCH);
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  const newPage = () => frenchPage(browser, contexts);

  const signInOnPage = (page: Page, email: string) => submitSignIn(page, email, DEMO_PASSWORD);

  it('tells someone signed in with another account whose invitation it is, and offers no way to accept', async () => {
    const page = await newPage();
    await page.goto(server.baseUrl + '/connexion');
    await signInOnPage(page, CAMILLE);
    await page.goto(server.baseUrl + invitationPath);
    await page
      .getByText(`Vous êtes connecté avec ${CAMILLE}, mais l’invitation est adressée à ${JULIEN.email}`)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Accepter la journée d’essai' }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('asks the invited member to sign in, brings him back, and books the day on his account in one click', async () => {
    const page = await newPage();
    await page.goto(server.baseUrl + invitationPath);
    await page.getByRole('heading', { level: 1, name: 'Votre journée d’essai en tiers-lieu' }).waitFor();
    await page.getByText(`Un compte existe déjà avec l’adresse ${JULIEN.email}`).waitFor();
    // No password field: an invitation never opens a second account for an address that has one.
    expect(await page.getByLabel('Mot de passe').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'trial-day-account-exists');

    await page.getByRole('link', { name: 'Se connecter pour accepter' }).click();
    await page.waitForURL((url) => url.pathname === '/connexion');
    await signInOnPage(page, JULIEN.email);
    await page.waitForURL((url) => url.pathname === invitationPath);
    await page.getByText(`Vous êtes connecté avec ${JULIEN.email} : la journée sera réservée sur ce compte.`).waitFor();
    await page.getByRole('button', { name: 'Accepter la journée d’essai' }).click();
    await page.getByRole('status').getByText('C’est réservé !').waitFor();
    await page.getByText(new RegExp(`Votre place est réservée au ${AUCH}`)).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'trial-day-accepted-signed-in');

    // The day is his, among his bookings, and the file is linked to his account.
    await page.goto(server.baseUrl + '/mon-espace/reservations');
    await page.getByText(AUCH).first().waitFor();
    const julien = await api('POST', '/auth/login', undefined, { email: JULIEN.email, password: DEMO_PASSWORD });
    const exported = await api('GET', '/me/export', julien.body.accessToken as string);
    const files = exported.body.newcomerFiles as { email: string; trialDays: { state: string; date: string }[] }[];
    expect(files).toHaveLength(1);
    expect(files[0].trialDays).toEqual([expect.objectContaining({ state: 'accepted', date: day })]);
  });
});
