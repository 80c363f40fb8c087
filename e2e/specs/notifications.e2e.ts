import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Client } from 'pg';
import { BastideServer, startBastide } from '../support/bastide-server';
import { launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

// A demo member (backend/src/modules/demo/demo-network.data.ts), who hosts no site.
const DEMO_PASSWORD = 'bastide-demo-2026';
const MEMBER = 'camille.toulouse@bastide.demo';

/**
 * A member's notification preferences and calendar feed, in French: she turns off booking reminders and
 * has her e-mails in English, and finds both kept after a reload; she copies her calendar feed's address
 * and reads how to subscribe in her calendar application.
 */
describe('notification preferences and the calendar feed, in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBastide({ DEMO_DATA: 'true' }), launchChromium()]);
    // axe-core is injected as a script tag, which the app's Content-Security-Policy would rightly refuse.
    context = await browser.newContext({
      bypassCSP: true,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 900 },
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    page = await context.newPage();
    await page.goto(server.baseUrl + '/connexion');
    await page.getByLabel('Adresse électronique').fill(MEMBER);
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname !== '/connexion');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  async function expectAccessible(): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it('keeps a member’s choice of e-mails and their language across a reload', async () => {
    await page.goto(server.baseUrl + '/mon-espace');
    await page.getByRole('link', { name: /^Mes notifications/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes notifications' }).waitFor();
    const reminders = page.getByRole('checkbox', { name: 'Rappels de réservation' });
    await expect(reminders.isChecked()).resolves.toBe(true);
    // She hosts no site: no host's sheet to choose.
    await expect(page.getByRole('checkbox', { name: /Feuille du lendemain/ }).count()).resolves.toBe(0);
    await expectAccessible();

    await reminders.uncheck();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Enregistrer mes préférences' }).click();
    await page.getByRole('status').filter({ hasText: 'Vos préférences de notification sont enregistrées.' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mes notifications' }).waitFor();
    await expect(page.getByRole('checkbox', { name: 'Rappels de réservation' }).isChecked()).resolves.toBe(false);
    await expect(page.getByRole('checkbox', { name: 'Rappels d’événement' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'English' }).isChecked()).resolves.toBe(true);
    await screenshot(page, 'notification-preferences');

    const sql = new Client({ connectionString: server.databaseUrl });
    await sql.connect();
    try {
      const { rows } = await sql.query(
        `SELECT o.topic, u.locale FROM notification_opt_outs o JOIN users u ON u.id = o.user_id WHERE u.email = $1`,
        [MEMBER],
      );
      expect(rows).toEqual([{ topic: 'booking-reminders', locale: 'en' }]);
    } finally {
      await sql.end();
    }
  });

  it('copies the calendar feed’s address and explains how to subscribe', async () => {
    await page.goto(server.baseUrl + '/mon-espace/agenda');
    await page.getByRole('heading', { level: 1, name: 'Mon agenda' }).waitFor();
    const create = page.getByRole('button', { name: 'Créer mon lien d’agenda' });
    const address = page.getByRole('textbox', { name: 'Lien de votre agenda' });
    await Promise.race([create.waitFor(), address.waitFor()]);
    if (await create.isVisible()) await create.click();
    await address.waitFor();
    const url = await address.inputValue();
    // The address names the network's PUBLIC_URL (by default http://localhost and the port).
    expect(url).toMatch(/^http:\/\/localhost:\d+\/api\/v1\/calendar\/[\w-]+\.ics$/);

    await page.getByRole('button', { name: 'Copier le lien' }).click();
    await page.getByRole('status').filter({ hasText: 'Lien copié.' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);

    const subscribe = page.getByRole('link', { name: 'S’abonner dans mon application d’agenda' });
    await expect(subscribe.getAttribute('href')).resolves.toBe(url.replace(/^http:/, 'webcal:'));
    const download = page.getByRole('link', { name: 'Télécharger le fichier .ics' });
    expect(await download.getAttribute('href')).toBe(url);
    const file = await page.request.get(server.baseUrl + new URL(url).pathname);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await file.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    await page.getByRole('button', { name: 'Google Agenda' }).click();
    await page.getByText('Choisissez « À partir de l’URL ».').waitFor();
    await expectAccessible();
    await screenshot(page, 'calendar-feed');
  });
});
