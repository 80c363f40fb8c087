import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

/** Each footer link, the page's h1 and a heading of the shipped text, in French then in English. */
const PAGES = {
  fr: [
    {
      link: 'Accessibilité : non conforme',
      path: '/accessibilite',
      h1: 'Déclaration d’accessibilité',
      h2: 'Voies de recours',
      shot: 'accessibility',
    },
    {
      link: 'Confidentialité',
      path: '/confidentialite',
      h1: 'Politique de confidentialité',
      h2: 'Vos droits',
      shot: 'privacy',
    },
    {
      link: 'Mentions légales',
      path: '/mentions-legales',
      h1: 'Mentions légales',
      h2: 'Crédits',
      shot: 'legal-notice',
    },
  ],
  en: [
    {
      link: 'Accessibility: not compliant',
      path: '/accessibilite',
      h1: 'Accessibility statement',
      h2: 'Remedies',
      shot: 'accessibility',
    },
    { link: 'Privacy', path: '/confidentialite', h1: 'Privacy notice', h2: 'Your rights', shot: 'privacy' },
    { link: 'Legal notice', path: '/mentions-legales', h1: 'Legal notice', h2: 'Credits', shot: 'legal-notice' },
  ],
} as const;

describe('legal pages from the footer, in Chromium', () => {
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

  async function followFooterLinks(language: 'fr' | 'en'): Promise<void> {
    for (const expected of PAGES[language]) {
      // From another page each time: the footer is on every page, and a link is followed, not typed.
      await page.goto(server.baseUrl + '/agenda');
      await page.getByRole('heading', { level: 1 }).waitFor();
      const footer = page.getByRole('contentinfo').getByRole('navigation');
      await footer.getByRole('link', { name: expected.link, exact: true }).click();
      await page.waitForURL(server.baseUrl + expected.path);

      await page.getByRole('heading', { level: 1, name: expected.h1 }).waitFor();
      await page.getByRole('heading', { level: 2, name: expected.h2 }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await page.title()).toBe(`${expected.h1} – Bastide`);
      await expect(
        footer.getByRole('link', { name: expected.link, exact: true }).getAttribute('aria-current'),
      ).resolves.toBe('page');
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, `legal-${expected.shot}-${language}`);
    }
  }

  it('follows each footer link in French to its page, whose text the network wrote', async () => {
    await followFooterLinks('fr');
    await page.goto(server.baseUrl + '/accessibilite');
    await page.getByText('Bastide est non conforme', { exact: false }).waitFor();
    const recourse = page.getByRole('link', { name: 'formulaire en ligne' });
    await expect(recourse.getAttribute('href')).resolves.toBe('https://formulaire.defenseurdesdroits.fr/');
  });

  it('follows each footer link in English once the reader switches', async () => {
    await page.goto(server.baseUrl + '/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Work in the Gers, close to home' }).waitFor();
    await followFooterLinks('en');
  });

  it('shows the page in the other language at once when the reader switches on it', async () => {
    await page.goto(server.baseUrl + '/mentions-legales');
    await page.getByRole('heading', { level: 1, name: 'Legal notice' }).waitFor();
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mentions légales' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Éditeur' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
