import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

/** A member's whole life in Bastide, in French: sign-up to erasure, through the pages a person would use. */
describe('account pages in Chromium', () => {
  let server: BastideServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const email = `camille.e2e.${Date.now()}@example.fr`;
  const password = 'une phrase de passe solide';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startBastide(), launchChromium()]);
    // axe-core is injected as a script tag, which the app's Content-Security-Policy would rightly refuse.
    context = await browser.newContext({
      bypassCSP: true,
      acceptDownloads: true,
      locale: 'fr-FR',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  async function signIn(): Promise<void> {
    await page.goto(server.baseUrl + '/connexion');
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).last().click();
  }

  it('signs up, choosing the home commune through the autocomplete, and is signed in', async () => {
    await page.goto(server.baseUrl + '/inscription');
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    await page.getByLabel('Prénom').fill('Camille');
    await page.getByLabel('Nom', { exact: true }).fill('Martin');
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByLabel('Commune de résidence').fill('Condom');
    await page.getByRole('option', { name: /^Condom \(32100\)/ }).click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-signup');

    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL(server.baseUrl + '/mon-espace');
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await expect(page.locator('header').textContent()).resolves.toContain('Camille Martin');
    // The address is not confirmed yet: the member is told how, without a button that cannot work.
    await page.getByText('Confirmez votre adresse électronique').waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('courriers indésirables');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-member-home');
  });

  it('shows the chosen commune on the profile', async () => {
    await page.getByRole('link', { name: 'Modifier mon profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    // The profile looks the commune's name up from its code.
    const commune = page.getByLabel('Commune de résidence');
    for (let tries = 0; tries < 50 && (await commune.inputValue()) === ''; tries++) {
      await page.waitForTimeout(100);
    }
    expect(await commune.inputValue()).toBe('Condom (32100)');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-profile');
  });

  it('shows the security page, with the two-factor set-up', async () => {
    await page.goto(server.baseUrl + '/mon-espace/securite');
    await page.getByRole('heading', { level: 1, name: 'Sécurité du compte' }).waitFor();
    await page.getByRole('button', { name: 'Activer la validation en deux étapes' }).click();
    const secret = await page.locator('.security__secret').textContent();
    expect(secret?.trim()).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    await expect(
      page.getByRole('link', { name: "Ouvrir dans l'application d'authentification" }).getAttribute('href'),
    ).resolves.toMatch(/^otpauth:\/\/totp\//);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-security');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('button', { name: 'Activer la validation en deux étapes' }).waitFor();
  });

  it('downloads everything held as JSON from "Mes données"', async () => {
    await page.goto(server.baseUrl + '/mon-espace/donnees');
    await page.getByRole('heading', { level: 1, name: 'Mes données' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mes données' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mes-donnees-bastide.json');
    const exported = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toBeTruthy();
    expect(exported).toContain(email);
    await page.getByRole('status').filter({ hasText: 'est téléchargé' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-my-data');
  });

  it('signs out, then signs in again', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();

    await signIn();
    await page.waitForURL(server.baseUrl + '/mon-espace');
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
  });

  it('deletes the account after typing the address in the confirmation dialog', async () => {
    await page.goto(server.baseUrl + '/mon-espace/donnees');
    await page.getByRole('button', { name: 'Supprimer mon compte…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer votre compte ?' });
    await dialog.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-delete-dialog');

    await dialog.getByRole('textbox').fill(email);
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await page.waitForURL(server.baseUrl + '/');
    await page.getByText('Votre compte est supprimé.').waitFor();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    await screenshot(page, 'account-deleted');
  });

  it('cannot sign in to the deleted account', async () => {
    await signIn();
    await page.getByRole('alert').filter({ hasText: /.+/ }).waitFor();
    expect(page.url()).toContain('/connexion');
    await expect(page.getByRole('button', { name: 'Se déconnecter' }).count()).resolves.toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-login-refused');
  });

  it('asks for a reset link without telling whether the address has an account', async () => {
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await page.getByRole('status').filter({ hasText: 'Si un compte existe' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-forgot-password');
  });

  it('says when a mailed link no longer works', async () => {
    await page.goto(server.baseUrl + '/compte/verifier-email?token=plus-valable');
    await page.getByRole('alert').filter({ hasText: "Ce lien n'est plus valable" }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-verify-email-refused');

    await page.goto(server.baseUrl + '/compte/nouveau-mot-de-passe?token=plus-valable');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(password);
    await page.getByLabel('Confirmer le nouveau mot de passe').fill(password);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'account-reset-password');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByRole('alert').filter({ hasText: "Ce lien n'est plus valable" }).waitFor();
    await page.getByRole('link', { name: 'Demander un nouveau lien' }).waitFor();
  });
});
