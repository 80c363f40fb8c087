import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PrivateRedis } from '../../backend/src/testing/private-redis';
import { BastideServer, startBastide } from '../support/bastide-server';
import { launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

// The demo's network officer (backend/src/modules/demo/demo-network.data.ts).
const OFFICER = { email: 'agent.reseau@bastide.demo', password: 'bastide-demo-2026' };

/**
 * An officer's "Envois et tâches" on the demo network with BullMQ on a private Redis: a message that gave up
 * is retried from its row, and the queue dashboard opens in a new tab through its session cookie.
 */
describe('the officers’ jobs page and queue dashboard, in Chromium', () => {
  let redis: PrivateRedis;
  let server: BastideServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let failedId: string;

  beforeAll(async () => {
    redis = await PrivateRedis.create();
    await redis.start();
    [server, browser] = await Promise.all([
      startBastide({ DEMO_DATA: 'true', REDIS_URL: redis.url, JOBS_IN_API: 'true' }),
      launchChromium(),
    ]);
    // A newcomer's welcome mail (written to the .eml folder), then made to look as if it had spent its tries.
    const signUp = await fetch(`${server.baseUrl}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'lou.refus@example.fr',
        password: 'a long enough passphrase',
        firstName: 'Lou',
        lastName: 'Refus',
      }),
    });
    expect(signUp.status).toBe(201);
    const client = new Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      for (let tries = 0; tries < 100 && !failedId; tries++) {
        const { rows } = await client.query(
          `UPDATE outbox_messages SET sent_at = NULL, outcome = NULL, failed_at = now(), attempts = 8,
             last_error = '451 Try again later'
           WHERE id = (SELECT id FROM outbox_messages WHERE kind = 'identity.welcome' AND sent_at IS NOT NULL LIMIT 1)
           RETURNING id`,
        );
        failedId = rows[0]?.id;
        if (!failedId) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await client.end();
    }
    expect(failedId).toBeDefined();
    // axe-core is injected as a script tag, which the app's Content-Security-Policy would rightly refuse.
    context = await browser.newContext({ bypassCSP: true, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await redis?.stop();
  });

  it('shows the failed message and retries it, saying so in the live region', async () => {
    await page.goto(server.baseUrl + '/connexion');
    await page.getByLabel('Adresse électronique').fill(OFFICER.email);
    await page.getByLabel('Mot de passe').fill(OFFICER.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname !== '/connexion');

    await page.goto(server.baseUrl + '/reseau');
    await page.getByRole('link', { name: 'Envois et tâches' }).click();
    await page.getByRole('heading', { level: 1, name: 'Envois et tâches' }).waitFor();
    const row = page.locator('tbody tr', { hasText: 'Bienvenue et confirmation d’adresse' });
    await row.waitFor();
    expect(await row.textContent()).toContain('451 Try again later');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'jobs-page');
    expect(await page.getByLabel('État').inputValue()).toBe('failed');

    await row.getByRole('button', { name: /Relancer/ }).click();
    await page.getByRole('status').filter({ hasText: '« Bienvenue et confirmation d’adresse » est relancé' }).waitFor();
    const client = new Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      let sentAt: Date | null = null;
      for (let tries = 0; tries < 200 && !sentAt; tries++) {
        const { rows } = await client.query(`SELECT sent_at FROM outbox_messages WHERE id = $1`, [failedId]);
        sentAt = rows[0].sent_at;
        if (!sentAt) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(sentAt).not.toBeNull();
    } finally {
      await client.end();
    }
  });

  it('opens the BullMQ dashboard in a new tab', async () => {
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Ouvrir le tableau de bord des files' }).click(),
    ]);
    await tab.waitForURL((url) => url.pathname.startsWith('/api/admin/queues'));
    await tab.getByText('bastide-outbox').first().waitFor();
    await screenshot(tab, 'queue-dashboard');
    await tab.close();
  });
});
