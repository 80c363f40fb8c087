import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

describe('home page in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBastide(), launchChromium()]);
    // axe-core is injected as a script tag, which the app's Content-Security-Policy would rightly refuse.
    context = await browser.newContext({ bypassCSP: true, locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('renders the Gers EPCI and communes from the API, in French', async () => {
    await page.goto(server.baseUrl + '/');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByRole('heading', { level: 1, name: 'Travailler dans le Gers, près de chez soi' }).waitFor();
    await page.getByText('CA Grand Auch Coeur de Gascogne').first().waitFor();

    await page.getByLabel('Nom ou code postal').fill('Condom');
    await page.getByRole('rowheader', { name: 'Condom', exact: true }).waitFor();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /commune/ })
        .first()
        .textContent(),
    ).resolves.toMatch(/trouvée/);
    await screenshot(page, 'home-fr');
  });

  it('has no serious or critical accessibility violation (axe-core, WCAG 2.1 AA)', async () => {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('switches to English at runtime', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Work in the Gers, close to home' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'home-en');
  });

  it('shows a 404 page for an unknown address, with a way home', async () => {
    await page.goto(server.baseUrl + '/nulle-part');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading?.trim()).toMatch(/Page not found|Page introuvable/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The page's own link, not the header's nor the footer's (which names the welcome villages).
    await page
      .getByRole('main')
      .getByRole('link', { name: /home|accueil/i })
      .click();
    await page.waitForURL(server.baseUrl + '/');
  });
});
