import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

// Demo accounts (backend/src/modules/demo/demo-network.data.ts).
const DEMO_PASSWORD = 'bastide-demo-2026';
const HOST = 'hote.auch@bastide.demo';
const MEMBERS = {
  camille: { email: 'camille.toulouse@bastide.demo', name: 'Camille Roques' },
  julien: { email: 'julien.aero@bastide.demo', name: 'Julien Baylac' },
  ines: { email: 'ines.lectoure@bastide.demo', name: 'Inès Soubiran' },
};
const ZONE = 'Europe/Paris';
const TITLE = 'Atelier fibre et visio';

/**
 * The journey's calendar, in the server's zone: the server's clock starts on the first Monday after the
 * machine's date at 10:00, the workshop is on the Wednesday after, 18:30 to 20:00, and the host marks
 * attendance that Wednesday at 18:45 (attendance opens on the day of the event).
 */
function journeyCalendar() {
  let monday = DateTime.now().setZone(ZONE).startOf('day').plus({ days: 1 });
  while (monday.weekday !== 1) monday = monday.plus({ days: 1 });
  const wednesday = monday.plus({ days: 2 });
  return {
    serverStart: monday.set({ hour: 10 }).toJSDate(),
    mondayDate: monday.toISODate() as string,
    wednesdayMonth: wednesday.setLocale('fr').toFormat('LLLL yyyy'),
    wednesday: wednesday.toISODate() as string,
    wednesdayWords: wednesday.setLocale('fr').toFormat('cccc d LLLL yyyy'),
    attendanceTime: wednesday.set({ hour: 18, minute: 45 }).toJSDate(),
  };
}

/**
 * The acceptance journey of events, in French: a host creates and publishes a workshop with 2 places;
 * three members register (two get a place, the third joins the waitlist); one cancels; the waitlisted
 * member now has the place; on the day, the host marks attendance. axe-core on every page.
 */
describe('an event from its creation to the attendance, in Chromium', () => {
  const calendar = journeyCalendar();
  let server: BastideServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const members = new Map<keyof typeof MEMBERS, Page>();
  let eventUrl = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startBastide({ DEMO_DATA: 'true' }, { clock: calendar.serverStart }),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    for (const context of contexts) {
      await context.close();
    }
    await browser?.close();
    await server?.stop();
  });

  /** A browser of one's own, whose clock agrees with the server's: the app reads "today" from it. */
  async function newPage(now: Date): Promise<Page> {
    // axe-core is injected as a script tag, which the app's Content-Security-Policy would rightly refuse.
    const context = await browser.newContext({
      bypassCSP: true,
      locale: 'fr-FR',
      timezoneId: ZONE,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await context.clock.install({ time: now });
    contexts.push(context);
    return context.newPage();
  }

  async function expectAccessible(page: Page): Promise<void> {
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto(server.baseUrl + '/connexion');
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname !== '/connexion');
  }

  async function announced(page: Page, words: string | RegExp): Promise<void> {
    await page.getByRole('status').filter({ hasText: words }).waitFor();
  }

  it('lets the host of Auch create a workshop with 2 places as a draft, and publish it', async () => {
    const host = await newPage(calendar.serverStart);
    await signIn(host, HOST);
    await host.getByRole('link', { name: 'Événements', exact: true }).click();
    await host.getByRole('heading', { level: 1, name: 'Mes événements' }).waitFor();
    await host
      .getByRole('status')
      .filter({ hasText: /événements? à venir/ })
      .waitFor();
    await expectAccessible(host);

    await host.getByRole('link', { name: 'Créer un événement' }).click();
    await host.getByRole('heading', { level: 1, name: 'Créer un événement' }).waitFor();
    // A host's first site is chosen for them once their sites are loaded.
    await host.getByRole('combobox', { name: 'Lieu' }).filter({ hasText: "Tiers-lieu d'Auch" }).waitFor();
    await host.getByLabel('Titre').fill(TITLE);
    await host.getByRole('combobox', { name: 'Type' }).click();
    await host.getByRole('option', { name: 'Atelier', exact: true }).click();
    await host
      .getByLabel('Présentation')
      .fill('Régler sa **box fibre** et sa visio.\n\n- apportez votre portable\n- café offert');
    await host.getByLabel('Date', { exact: true }).fill(calendar.wednesday);
    await host.getByLabel('Début').fill('18:30');
    await host.getByLabel('Fin', { exact: true }).fill('20:00');
    await host.getByLabel('Nombre de places').fill('2');
    await expectAccessible(host);
    await screenshot(host, 'events-editor-new');
    await host.getByRole('button', { name: 'Créer le brouillon' }).click();

    await announced(host, `Brouillon « ${TITLE} » créé.`);
    await host.getByRole('heading', { level: 1, name: `Modifier « ${TITLE} »` }).waitFor();
    await expect(host.getByText('Statut :').textContent()).resolves.toContain('Brouillon');
    await host.getByRole('button', { name: 'Publier' }).click();
    await announced(host, `« ${TITLE} » est publié`);
    await expect(host.getByText('Statut :').textContent()).resolves.toContain('Publié');
    await expectAccessible(host);
    await screenshot(host, 'events-editor-published');
    eventUrl = new URL(
      (await host.getByRole('link', { name: 'Voir la page publique' }).getAttribute('href')) ?? '',
      server.baseUrl,
    ).href;
    expect(eventUrl).toMatch(/\/agenda\/[0-9a-f-]{36}$/);
  });

  it('shows it in the agenda, as a list by day and in the month', async () => {
    const camille = await newPage(calendar.serverStart);
    members.set('camille', camille);
    await signIn(camille, MEMBERS.camille.email);
    await camille.getByRole('link', { name: 'Agenda', exact: true }).click();
    await camille.getByRole('heading', { level: 1, name: 'Agenda du réseau' }).waitFor();
    const day = camille.getByRole('region', { name: calendar.wednesdayWords });
    const entry = day.getByRole('article').filter({ has: camille.getByRole('heading', { name: TITLE }) });
    await expect(entry.textContent()).resolves.toContain('de 18:30 à 20:00');
    await expect(entry.textContent()).resolves.toContain('2 places restantes sur 2');
    await expectAccessible(camille);
    await screenshot(camille, 'events-agenda-list');

    await camille.getByRole('link', { name: 'Mois', exact: true }).click();
    // The month shown first is the current one; the workshop may fall in the next.
    if (calendar.wednesday.slice(0, 7) !== calendar.mondayDate.slice(0, 7)) {
      await camille.getByRole('link', { name: /^Mois suivant/ }).click();
    }
    await announced(camille, new RegExp(`événements? en ${calendar.wednesdayMonth}\\.`));
    const month = camille.getByRole('table', { name: `Événements de ${calendar.wednesdayMonth}, semaine par semaine` });
    await month.getByRole('link', { name: new RegExp(TITLE) }).waitFor();
    await expect(camille.getByRole('columnheader').first().getAttribute('abbr')).resolves.toBe('lundi');
    await expectAccessible(camille);
    await screenshot(camille, 'events-agenda-month');
    await month.getByRole('link', { name: new RegExp(TITLE) }).click();
    await camille.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  });

  it('gives the two places to the first two members and puts the third on the waitlist', async () => {
    const camille = members.get('camille')!;
    await expect(camille.getByText('Le ' + calendar.wednesdayWords).textContent()).resolves.toContain(
      'de 18:30 à 20:00',
    );
    await expect(camille.locator('.event__html strong').textContent()).resolves.toBe('box fibre');
    await expectAccessible(camille);
    await camille.getByRole('button', { name: "S'inscrire" }).click();
    await announced(camille, `Inscription confirmée à « ${TITLE} ».`);
    await camille.getByText('Votre inscription est confirmée.').waitFor();
    await camille.getByText('1 place restante sur 2').waitFor();
    await screenshot(camille, 'events-page-registered');

    const julien = await newPage(calendar.serverStart);
    members.set('julien', julien);
    await signIn(julien, MEMBERS.julien.email);
    await julien.goto(eventUrl);
    await julien.getByRole('button', { name: "S'inscrire" }).click();
    await announced(julien, `Inscription confirmée à « ${TITLE} ».`);
    await julien.getByText('Complet', { exact: true }).waitFor();

    const ines = await newPage(calendar.serverStart);
    members.set('ines', ines);
    await signIn(ines, MEMBERS.ines.email);
    await ines.goto(eventUrl);
    await ines.getByText('Complet', { exact: true }).waitFor();
    await expectAccessible(ines);
    await ines.getByRole('button', { name: "Rejoindre la liste d'attente" }).click();
    await announced(ines, /vous êtes en liste d'attente pour « Atelier fibre et visio », position 1\./);
    await ines.getByText("Vous êtes en liste d'attente, position 1.").waitFor();
    await expectAccessible(ines);
    await screenshot(ines, 'events-page-waitlisted');
  });

  it('promotes the waitlisted member when a registered one cancels', async () => {
    const camille = members.get('camille')!;
    await camille.getByRole('button', { name: 'Annuler mon inscription' }).click();
    const dialog = camille.getByRole('alertdialog', { name: 'Annuler votre inscription ?' });
    await expectAccessible(camille);
    await dialog.getByRole('button', { name: 'Annuler mon inscription' }).click();
    await announced(camille, `Votre inscription à « ${TITLE} » est annulée.`);
    await camille.getByRole('button', { name: "S'inscrire" }).waitFor({ state: 'hidden' });
    await camille.getByText('Complet', { exact: true }).waitFor();

    const ines = members.get('ines')!;
    await ines.reload();
    await ines.getByText('Votre inscription est confirmée.').waitFor();
    await ines.getByRole('button', { name: 'Annuler mon inscription' }).waitFor();
    await expectAccessible(ines);
  });

  it('lets the host mark attendance on the day, with the list exported as CSV', async () => {
    await server.setClock(calendar.attendanceTime);
    const host = await newPage(calendar.attendanceTime);
    await signIn(host, HOST);
    await host.getByRole('link', { name: 'Événements', exact: true }).click();
    await host.getByRole('link', { name: `Inscrits de « ${TITLE} »` }).click();
    await host.getByRole('heading', { level: 1, name: `Inscrits : ${TITLE}` }).waitFor();
    const registered = host.getByRole('region', { name: 'Inscrits' });
    await expect(registered.getByRole('rowheader').allTextContents()).resolves.toEqual(
      expect.arrayContaining([MEMBERS.julien.name, MEMBERS.ines.name]),
    );
    await expect(registered.getByRole('rowheader').count()).resolves.toBe(2);
    await host.getByText("Personne en liste d'attente.").waitFor();
    await expectAccessible(host);

    const box = host.getByRole('checkbox', { name: `${MEMBERS.ines.name} a participé` });
    await box.check();
    await announced(host, `Présence de ${MEMBERS.ines.name} notée.`);
    await expect(box.isChecked()).resolves.toBe(true);
    await expect(host.getByRole('checkbox', { name: `${MEMBERS.julien.name} a participé` }).isChecked()).resolves.toBe(
      false,
    );
    await host.getByText('Inscrits : 2 sur 2 places ; présences notées : 1').waitFor();
    await expectAccessible(host);
    await screenshot(host, 'events-attendees');

    const [download] = await Promise.all([
      host.waitForEvent('download'),
      host.getByRole('button', { name: 'Exporter la liste (CSV)' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toContain('Soubiran');
    expect(csv).toContain('Baylac');
    expect(csv).not.toContain('Roques');
  });
});
