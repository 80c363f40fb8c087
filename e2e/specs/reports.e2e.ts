import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { launchChromium, seriousAccessibilityViolations } from '../support/browser';

// The demo's network officer (backend/src/modules/demo/demo-network.data.ts).
const OFFICER = { email: 'agent.reseau@bastide.demo', password: 'bastide-demo-2026' };
// Hosts L'Isle-Jourdain and Fleurance.
const HOST = { email: 'hote.save@bastide.demo', password: 'bastide-demo-2026' };
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

interface SiteView {
  id: string;
  name: string;
  epciCode: string | null;
  epciName: string | null;
}

/**
 * An officer's dashboard over the demo network's weeks of bookings, in French: the figures of the month,
 * narrowed to one intercommunality, and that narrowed table taken away as CSV in the French number format.
 */
describe('the reports dashboard, in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let epci: { code: string; name: string; sites: string[] };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBastide({ DEMO_DATA: 'true' }), launchChromium()]);
    // The intercommunality with the most demo sites, so that the filter keeps some and leaves others out.
    const response = await fetch(`${server.baseUrl}/api/v1/sites?limit=200`);
    const sites = ((await response.json()) as { items: SiteView[] }).items;
    const byEpci = new Map<string, SiteView[]>();
    for (const site of sites.filter((candidate) => candidate.epciCode)) {
      byEpci.set(site.epciCode as string, [...(byEpci.get(site.epciCode as string) ?? []), site]);
    }
    const [code, chosen] = [...byEpci.entries()].sort((a, b) => b[1].length - a[1].length)[0];
    epci = { code, name: chosen[0].epciName as string, sites: chosen.map((site) => site.name).sort() };
    expect(sites.length).toBeGreaterThan(chosen.length);

    // axe-core is injected as a script tag, which the app's Content-Security-Policy would rightly refuse.
    context = await browser.newContext({
      bypassCSP: true,
      acceptDownloads: true,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  async function keepScreenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  async function signIn(account: { email: string; password: string }): Promise<void> {
    await page.goto(server.baseUrl + '/connexion');
    await page.getByLabel('Adresse électronique').fill(account.email);
    await page.getByLabel('Mot de passe').fill(account.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname !== '/connexion');
  }

  /** Every site's badge is drawn inside the visible map, tiles or not. */
  async function expectMarkersOnTheMap(count: number): Promise<void> {
    const markers = page.locator('.occupancy-marker');
    await markers.first().waitFor();
    expect(await markers.count()).toBe(count);
    const map = await page.getByRole('region', { name: 'Carte des lieux et de leur taux d’occupation' }).boundingBox();
    for (const marker of await markers.all()) {
      const box = await marker.boundingBox();
      expect(map && box).toBeTruthy();
      if (map && box) {
        expect(box.x).toBeGreaterThanOrEqual(map.x);
        expect(box.y).toBeGreaterThanOrEqual(map.y);
        expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
        expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
      }
    }
  }

  const bySite = () => page.getByRole('region', { name: 'Occupation par lieu' });

  /** The row headings of the occupancy-by-site table, once it has some. */
  async function siteTableNames(): Promise<string[]> {
    const names = bySite().locator('table tbody th');
    await names.first().waitFor({ state: 'attached' });
    return (await names.allTextContents()).map((name) => name.trim()).sort();
  }

  it('opens the dashboard from the network area, with the month’s figures and their tables', async () => {
    await signIn(OFFICER);

    await page.goto(server.baseUrl + '/reseau');
    await page.getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await page.getByText('Taux d’occupation').first().waitFor();

    // Every demo site with a desk has capacity this month, so each has its line.
    expect((await siteTableNames()).length).toBeGreaterThan(epci.sites.length);
    const rate = await page.locator('.headline__figure').first().locator('.headline__value').textContent();
    expect(rate?.trim()).toMatch(/^\d{1,3},\d[\u00a0\u202f]%$/);
    // The heatmap writes a rate in each of its cells.
    const heatmapCells = page.getByRole('region', { name: 'Occupation par jour et demi-journée' }).locator('tbody td');
    await heatmapCells.first().waitFor();
    for (const cell of await heatmapCells.allTextContents()) {
      expect(cell.trim()).toMatch(/^(\d{1,3},\d[\u00a0\u202f]%|—)$/);
    }
    await expectMarkersOnTheMap((await siteTableNames()).length);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await keepScreenshot('reports-dashboard');
  });

  it('narrows the occupancy to one intercommunality', async () => {
    await page.getByRole('combobox', { name: 'Intercommunalité (EPCI)' }).click();
    await page.getByRole('option', { name: epci.name, exact: true }).click();
    for (let tries = 0; tries < 50; tries++) {
      const names = await siteTableNames();
      if (names.every((name) => epci.sites.includes(name))) break;
      await page.waitForTimeout(100);
    }
    const names = await siteTableNames();
    expect(names.length).toBeGreaterThan(0);
    expect(epci.sites).toEqual(expect.arrayContaining(names));
    await bySite().getByText('Voir les données').click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await keepScreenshot('reports-dashboard-epci');
  });

  it('downloads the narrowed table as CSV in the French number format', async () => {
    const names = await siteTableNames();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en CSV (Occupation par lieu)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^occupancy-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, '');
    // Every field quoted, separated by semicolons; the demo's names hold no semicolon.
    const fields = (line: string) => line.split(';').map((field) => field.replace(/^"|"$/g, '').replace(/""/g, '"'));
    const [header, ...rows] = csv.trim().split(/\r?\n/).map(fields);
    expect(header).toEqual([
      'key',
      'label',
      'capacityHours',
      'bookedHours',
      'occupancyRate',
      'bookings',
      'uniqueMembers',
      'noShows',
    ]);
    const labels = rows.map((row) => row[1]).sort();
    expect(labels).toEqual(names);
    // French numbers: a decimal comma, never a point.
    for (const row of rows) {
      expect(row[4]).toMatch(/^(\d+(,\d+)?)?$/);
    }
    await page.getByRole('status').filter({ hasText: 'Le fichier CSV est téléchargé.' }).waitFor({ state: 'attached' });
  });

  it('shows a host the figures of their own sites only, with a choice between them', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    await signIn(HOST);
    await page.goto(server.baseUrl + '/hote');
    await page.getByRole('link', { name: 'Tableau de bord de mes lieux' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();

    await page.getByRole('combobox', { name: 'Lieu' }).click();
    const hosted = (await page.getByRole('option').allTextContents())
      .map((name) => name.trim())
      .filter((name) => name !== 'Tous mes lieux')
      .sort();
    await page.keyboard.press('Escape');
    expect(hosted).toHaveLength(2);
    expect(await siteTableNames()).toEqual(hosted);
    await expect(page.getByRole('region', { name: 'Jours de télétravail par employeur' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Exporter tout (zip)' }).count()).resolves.toBe(0);
    await expectMarkersOnTheMap(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await keepScreenshot('reports-dashboard-host');
  });
});
