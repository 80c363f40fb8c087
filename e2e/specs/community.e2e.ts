import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

// Demo accounts (backend/src/modules/demo/demo-network.data.ts and demo-community.data.ts).
const DEMO_PASSWORD = 'bastide-demo-2026';
const LISTED = { email: 'lea.fourcade@bastide.demo', name: 'Léa Fourcade' };
const READER = { email: 'camille.toulouse@bastide.demo' };
const HOST = { email: 'hote.auch@bastide.demo' };
const AUCH = "Tiers-lieu d'Auch";

/**
 * The community journey, in French: a regular lists her card in the directory with her skills; another
 * member finds her by a suggested skill; the host of Auch previews and sends an announcement to the members
 * who booked there; a member stops the site's announcements from the mail's link, without signing in.
 */
describe('the members’ directory and a host’s announcement, in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

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

  async function newPage(): Promise<Page> {
    // axe-core is injected as a script tag, which the app's Content-Security-Policy would rightly refuse.
    const context = await browser.newContext({
      bypassCSP: true,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    return context.newPage();
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(server.baseUrl + '/connexion');
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname !== '/connexion');
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  it('lists a member’s card once she chooses to, with her skills as tags', async () => {
    const page = await newPage();
    await signIn(page, LISTED.email);
    await page.goto(server.baseUrl + '/mon-espace');
    await page.getByRole('link', { name: /Mon profil annuaire/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil annuaire' }).waitFor();
    const listed = page.getByRole('switch', { name: "Figurer dans l'annuaire" });
    await expect(listed.getAttribute('aria-checked')).resolves.toBe('false');
    await page.getByText('Votre fiche est cachée : personne ne la voit.').waitFor();

    await listed.click();
    await page.getByRole('textbox', { name: 'Métier' }).fill('Graphiste');
    const skills = page.getByRole('combobox', { name: 'Compétences' });
    for (const skill of ['Graphisme', 'Mise en page']) {
      await skills.fill(skill);
      await skills.press('Enter');
    }
    await page.getByRole('textbox', { name: 'Ce que je peux apporter' }).fill('Je relis vos plaquettes.');
    await page.getByRole('checkbox', { name: new RegExp(AUCH) }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Enregistrer ma fiche' }).click();
    await page.getByRole('status').filter({ hasText: "Fiche enregistrée : elle figure dans l'annuaire." }).waitFor();
    const chips = (await page.locator('.directory-profile__chips li').allTextContents()).map((chip) =>
      chip.replace('×', '').trim(),
    );
    expect(chips).toEqual(['graphisme', 'mise en page']);
    await screenshot(page, 'community-directory-profile');
  });

  it('lets another member find her by a suggested skill', async () => {
    const page = await newPage();
    await page.goto(server.baseUrl + '/mon-espace/annuaire');
    await page.waitForURL((url) => url.pathname === '/connexion');
    await signIn(page, READER.email);
    await page.goto(server.baseUrl + '/mon-espace/annuaire');
    await page.getByRole('heading', { level: 1, name: 'Annuaire des membres' }).waitFor();

    await page.getByRole('combobox', { name: 'Compétence' }).fill('graph');
    await page.getByRole('option', { name: 'graphisme (1)' }).click();
    await page.getByRole('status').filter({ hasText: '1 membre trouvé' }).waitFor();
    const card = page.getByRole('article', { name: LISTED.name });
    await expect(card.textContent()).resolves.toContain('Je relis vos plaquettes.');
    await expect(card.getByRole('link', { name: /Écrire/ }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'community-directory');
  });

  let unsubscribeLink = '';

  it('lets the host of Auch preview an announcement, then send it after a confirmation', async () => {
    const page = await newPage();
    await signIn(page, HOST.email);
    await page.goto(server.baseUrl + '/hote');
    await page.getByRole('link', { name: AUCH }).first().click();
    await page.getByRole('link', { name: /^Annonces/ }).click();
    await page.getByRole('heading', { level: 1, name: `Annonces de ${AUCH}` }).waitFor();

    await page.getByRole('textbox', { name: 'Objet' }).fill('Fermeture vendredi');
    await page.getByRole('textbox', { name: 'Message' }).fill('Le lieu sera **fermé** vendredi.\n\n- café ouvert');
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    const count = page.getByRole('status').filter({ hasText: /destinataires? \(réservations depuis le/ });
    await count.waitFor();
    const recipients = Number(/^(\d+)/.exec(((await count.textContent()) ?? '').trim())?.[1]);
    expect(recipients).toBeGreaterThan(0);
    // The whole mail as members get it: the host's Markdown rendered (bold here), never their HTML.
    const mail = page.frameLocator('iframe.announcements__mail');
    await mail.getByText('Le lieu sera fermé vendredi.').waitFor();
    await mail.getByRole('link', { name: 'Ne plus recevoir aucun message de la communauté Bastide' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'community-announcement-preview');

    await page.getByRole('button', { name: 'Envoyer…' }).click();
    const dialog = page.getByRole('alertdialog', { name: "Envoyer l'annonce ?" });
    await expect(dialog.textContent()).resolves.toContain(
      `« Fermeture vendredi » partira par courriel à ${recipients}`,
    );
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Annonce envoyée à ${recipients}` })
      .waitFor();
    await page.getByRole('region', { name: 'Annonces envoyées' }).getByText('Fermeture vendredi').waitFor();

    // The embedded default writes mails as .eml files: the outbox sends them within a few seconds.
    const mailDir = join(server.dataDir, 'mail');
    const deadline = Date.now() + 30_000;
    while (!unsubscribeLink) {
      const files = existsSync(mailDir) ? readdirSync(mailDir, { withFileTypes: true }) : [];
      for (const file of files.filter((f) => f.name.endsWith('.eml'))) {
        const mail = await simpleParser(readFileSync(join(mailDir, file.name)));
        if (mail.subject !== `${AUCH} : Fermeture vendredi`) continue;
        expect(mail.headerLines.some((line) => line.key === 'list-unsubscribe-post')).toBe(true);
        unsubscribeLink = /http\S+\/desabonnement\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0] ?? '';
        if (unsubscribeLink) break;
      }
      if (Date.now() > deadline) throw new Error('No announcement mail was written in 30 s.');
      if (!unsubscribeLink) await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  it('stops the site’s announcements from the mail’s link, without signing in', async () => {
    const page = await newPage();
    await page.goto(unsubscribeLink);
    await page.getByRole('heading', { level: 1, name: 'Désabonnement' }).waitFor();
    await page.getByText(`Ne plus recevoir les annonces de ${AUCH} ?`).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ne plus recevoir ces annonces' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `C'est fait : vous ne recevrez plus les annonces de ${AUCH}.` })
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'community-unsubscribed');
  });
});
