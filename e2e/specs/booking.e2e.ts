import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BastideServer, startBastide } from '../support/bastide-server';
import { launchChromium, screenshot, seriousAccessibilityViolations } from '../support/browser';

// Demo accounts (backend/src/modules/demo/demo-network.data.ts).
const DEMO_PASSWORD = 'bastide-demo-2026';
const MEMBER = { email: 'camille.toulouse@bastide.demo', name: 'Camille Roques' };
const HOST = { email: 'hote.auch@bastide.demo' };
const AUCH = "Tiers-lieu d'Auch";
const ZONE = 'Europe/Paris';

/** The fixed-date French public holidays; the movable ones fall on Mondays and Thursdays, never on a Tuesday. */
const FIXED_HOLIDAYS = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];

/**
 * The journey's calendar, in the server's zone: the server's clock is set to a Monday at 10:00 (the first
 * Monday after the machine's date), so "next Tuesday" is the day after, whatever day the tests run; a
 * Tuesday that is a public holiday moves the journey a week on. On that Tuesday at 08:40 the check-in is
 * open (from 08:00 for a morning that starts at 08:30).
 */
function journeyCalendar() {
  let monday = DateTime.now().setZone(ZONE).startOf('day').plus({ days: 1 });
  while (monday.weekday !== 1 || FIXED_HOLIDAYS.includes(monday.plus({ days: 1 }).toFormat('MM-dd'))) {
    monday = monday.plus({ days: 1 });
  }
  const tuesday = monday.plus({ days: 1 });
  return {
    serverStart: monday.set({ hour: 10 }).toJSDate(),
    tuesday: tuesday.toISODate() as string,
    tuesdayWords: tuesday.setLocale('fr').toFormat('cccc d LLLL yyyy'),
    checkInTime: tuesday.set({ hour: 8, minute: 40 }).toJSDate(),
  };
}

/**
 * The acceptance journey of bookings, in French: a member finds a free desk in Auch for next Tuesday
 * morning, books it, finds it in "Mes réservations" and cancels it; books again with the keyboard alone;
 * on Tuesday morning the host of Auch sees the booking on the day sheet and checks the member in.
 */
describe('booking a desk, from the search to the check-in, in Chromium', () => {
  const calendar = journeyCalendar();
  let server: BastideServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let member: Page;
  let bookedDesk: string;

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

  it('finds a free desk in Auch for next Tuesday morning', async () => {
    member = await newPage(calendar.serverStart);
    await signIn(member, MEMBER.email);

    await member.getByRole('link', { name: 'Réserver', exact: true }).click();
    await member.getByRole('heading', { level: 1, name: 'Trouver un lieu et réserver' }).waitFor();
    await member.getByLabel('Date').fill(calendar.tuesday);
    await member.getByRole('radio', { name: 'Matin' }).check();
    await member.getByLabel('Commune du lieu').fill('Auch');
    await member.getByRole('option', { name: /^Auch \(32000\)/ }).click();

    await member
      .getByRole('status')
      .filter({ hasText: `1 lieu ouvert le ${calendar.tuesdayWords} (Matin).` })
      .waitFor();
    const card = member.getByRole('listitem').filter({ has: member.getByRole('heading', { name: AUCH }) });
    await expect(card.textContent()).resolves.toMatch(/\d+ bureaux? libres?/);
    await expect(card.textContent()).resolves.toContain('Ouvert de 08:30 à 13:00');
    await expectAccessible(member);
    await screenshot(member, 'booking-find');
  });

  it('books it in two clicks, with a confirmation that says what is booked', async () => {
    await member.getByRole('button', { name: `Réserver à ${AUCH}` }).click();
    const dialog = member.getByRole('alertdialog', { name: 'Confirmer la réservation' });
    await expect(dialog.textContent()).resolves.toContain(
      `Le premier bureau libre à ${AUCH}, le ${calendar.tuesdayWords}, de 08:30 à 13:00.`,
    );
    await expectAccessible(member);
    await screenshot(member, 'booking-confirm');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();

    const booked = member.getByRole('status').filter({ hasText: "C'est réservé." });
    await booked.waitFor();
    const words = (await booked.textContent()) ?? '';
    bookedDesk = /C'est réservé\. (.+?) à Tiers-lieu/.exec(words)?.[1] ?? '';
    expect(bookedDesk).toMatch(/^Poste \d+$/);
    expect(words).toContain(`le ${calendar.tuesdayWords}, de 08:30 à 13:00`);
  });

  it("shows it in 'my bookings', and cancels it", async () => {
    await member.getByRole('link', { name: 'Voir mes réservations' }).click();
    await member.getByRole('heading', { level: 1, name: 'Mes réservations' }).waitFor();
    const upcoming = member.getByRole('region', { name: 'À venir' });
    const booking = upcoming.getByRole('listitem').filter({ hasText: `${bookedDesk} — ${AUCH}` });
    await expect(booking.textContent()).resolves.toMatch(/de 08:30 à 13:00\s+\(Matin\)/);
    await expect(booking.textContent()).resolves.toContain('Confirmée');
    await expectAccessible(member);
    await screenshot(member, 'booking-my-bookings');

    await booking.getByRole('button', { name: `Annuler la réservation du ${calendar.tuesdayWords} à ${AUCH}` }).click();
    const dialog = member.getByRole('alertdialog', { name: 'Annuler cette réservation ?' });
    await dialog.getByRole('button', { name: 'Annuler la réservation', exact: true }).click();
    await member.getByRole('status').filter({ hasText: 'Réservation annulée' }).waitFor();
    await expect(booking.textContent()).resolves.toContain('Annulée');
    await expect(booking.getByRole('button').count()).resolves.toBe(0);
    await expectAccessible(member);
  });

  it('books again with the keyboard alone', async () => {
    await member.goto(`${server.baseUrl}/mon-espace/reserver?date=${calendar.tuesday}&slot=morning&commune=32013`);
    await member.getByRole('heading', { name: AUCH }).waitFor();
    const bookButton = `Réserver à ${AUCH}`;
    // Tab through the page as a keyboard user would, until the booking button has the focus.
    for (let presses = 0; presses < 60; presses++) {
      await member.keyboard.press('Tab');
      const focused = await member.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      if (focused === bookButton) break;
    }
    await expect(member.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(bookButton);
    await member.keyboard.press('Enter');
    const dialog = member.getByRole('alertdialog', { name: 'Confirmer la réservation' });
    await dialog.waitFor();
    // The dialog puts the focus on its confirming button once it has opened.
    await member.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Confirmer');
    await member.keyboard.press('Enter');
    const booked = member.getByRole('status').filter({ hasText: "C'est réservé." });
    await booked.waitFor();
    bookedDesk = /C'est réservé\. (.+?) à Tiers-lieu/.exec((await booked.textContent()) ?? '')?.[1] ?? '';
    expect(bookedDesk).toMatch(/^Poste \d+$/);
    await screenshot(member, 'booking-keyboard');
  });

  it('lets the host see the booking on the day sheet on Tuesday morning, and check the member in', async () => {
    await server.setClock(calendar.checkInTime);
    const host = await newPage(calendar.checkInTime);
    await signIn(host, HOST.email);

    await host.getByRole('link', { name: 'Hôte' }).click();
    await host.getByRole('link', { name: AUCH }).click();
    await host.getByRole('link', { name: "La journée : qui vient aujourd'hui" }).click();
    await host.getByRole('heading', { level: 2, name: calendar.tuesdayWords }).waitFor();
    const row = host.getByRole('row').filter({ has: host.getByRole('rowheader', { name: bookedDesk, exact: true }) });
    await expect(row.textContent()).resolves.toMatch(/de 08:30 à 13:00\s+\(Matin\)/);
    await expect(row.textContent()).resolves.toContain('Confirmée');
    await expectAccessible(host);
    await screenshot(host, 'booking-day-sheet');

    await row.getByRole('button', { name: "Enregistrer l'arrivée" }).first().click();
    await host
      .getByRole('status')
      .filter({ hasText: `enregistrée (${bookedDesk}).` })
      .waitFor();
    await expect(row.textContent()).resolves.toContain('Arrivée enregistrée');
    await expectAccessible(host);
    await screenshot(host, 'booking-day-sheet-checked-in');
  });
});
