import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking, postBooking } from '../../testing/booking-fixtures';
import { givenEvent, postRegistration } from '../../testing/events-fixtures';
import { givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { NotificationPreferences } from '../notifications/notification-preferences';
import { dailySheetKey, DailySheetsTask } from './daily-sheets.task';

/** Friday 20 March 2026, 11:00 in Paris: the week is set up. */
const SETUP = new Date('2026-03-20T10:00:00Z');
/** Monday 23 March 2026, 07:00 in Paris (winter time): the sheets of Tuesday 24 are written. */
const SEVEN = new Date('2026-03-23T06:00:00Z');
const TOMORROW = '2026-03-24';

describe("the host's daily sheet of tomorrow (in-process runner, real SMTP peer)", () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(SETUP);
  let site: TestSite;
  let quietSite: TestSite;
  let helen: TestAccount;
  let hugo: TestAccount;
  let optedOut: TestAccount;
  let quietHost: TestAccount;

  const appoint = async (admin: TestAccount, siteId: string, overrides: Record<string, string>) => {
    const host = await givenMember(t, { lastName: 'Hôte', ...overrides });
    await t.http.put(`/api/v1/sites/${siteId}/hosts/${host.id}`).set('Authorization', admin.bearer).expect(204);
    return host;
  };
  /** The sheets a host received (they had their welcome mail too). */
  const sheetsTo = (host: TestAccount) =>
    smtp.to(host.email).filter((mail) => /^(Tomorrow at|Demain à) /.test(mail.subject ?? ''));
  const sheetRows = (): Promise<{ key: string; outcome: string | null }[]> =>
    t.dataSource.query(`SELECT key, outcome FROM outbox_messages WHERE kind = 'host.daily-sheet' ORDER BY key`);
  const outcomeOf = (siteId: string, host: TestAccount) =>
    eventually(async () => {
      const [row] = await t.dataSource.query(`SELECT outcome FROM outbox_messages WHERE key = $1`, [
        dailySheetKey(siteId, TOMORROW, host.id),
      ]);
      return row?.outcome as string | undefined;
    });

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start(), PUBLIC_URL: 'https://bastide.example.fr' } });
    const admin = await givenAdmin(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Samatan', checkInRequired: true });
    quietSite = await givenSite(t, admin, { name: 'Tiers-lieu de Lombez' });
    helen = await appoint(admin, site.id, { firstName: 'Helen', locale: 'en' });
    hugo = await appoint(admin, site.id, { firstName: 'Hugo' });
    optedOut = await appoint(admin, site.id, { firstName: 'Odile' });
    quietHost = await appoint(admin, quietSite.id, { firstName: 'Quentin' });
    await t.app.get(NotificationPreferences, { strict: false }).choose(optedOut.id, { 'host-daily-sheet': false });

    const paulette = await givenMember(t, { firstName: 'Paulette', lastName: 'Martin' });
    const marc = await givenMember(t, { firstName: 'Marc', lastName: 'Durand' });
    const deskA = await givenResource(t, helen, site.id, { name: 'Poste fenêtre' });
    const deskB = await givenResource(t, helen, site.id, { name: 'Poste cheminée' });
    await givenBooking(t, paulette, { resourceId: deskA.id, date: TOMORROW, slot: 'morning' });
    // Marc phoned: Helen booked for him.
    await postBooking(t, helen, { resourceId: deskB.id, date: TOMORROW, slot: 'afternoon', userId: marc.id }).expect(
      201,
    );
    // Not tomorrow, so not on the sheet.
    await givenBooking(t, paulette, { resourceId: deskA.id, date: '2026-03-25', slot: 'morning' });
    const event = await givenEvent(t, helen, site.id, {
      title: 'Atelier compta',
      start: '2026-03-24T14:00:00+01:00',
      end: '2026-03-24T16:00:00+01:00',
      capacity: 12,
    });
    await postRegistration(t, paulette, event.id).expect(201);
    await postRegistration(t, marc, event.id).expect(201);

    // Saturday 28: the site's week keeps it shut; an open day is held all the same.
    await givenEvent(t, helen, site.id, {
      title: 'Portes ouvertes',
      start: '2026-03-28T10:00:00+01:00',
      end: '2026-03-28T12:00:00+01:00',
      capacity: 30,
    });

    clock.set(SEVEN);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('writes one sheet per site, host and day, however many times the 07:00 task runs', async () => {
    const task = t.app.get(DailySheetsTask);
    await Promise.all([task.run(SEVEN), task.run(SEVEN)]);
    await task.run(SEVEN);
    const keys = (await sheetRows()).map((row) => row.key);
    expect(keys.sort()).toEqual(
      [
        dailySheetKey(site.id, TOMORROW, helen.id),
        dailySheetKey(site.id, TOMORROW, hugo.id),
        dailySheetKey(site.id, TOMORROW, optedOut.id),
        dailySheetKey(quietSite.id, TOMORROW, quietHost.id),
      ].sort(),
    );
  });

  it("mails the host, in English, tomorrow's bookings (one booked by a host for the member) and the event", async () => {
    expect(await outcomeOf(site.id, helen)).toBe('sent');
    const [mail] = sheetsTo(helen);
    expect(mail.subject).toBe('Tomorrow at Tiers-lieu de Samatan: Tuesday 24 March 2026');
    expect(mail.text).toContain('Hello Helen,');
    expect(mail.text).toContain(
      'Bookings (2)\n\n' +
        '- 08:30–13:00 · Poste fenêtre · Paulette Martin\n' +
        '- 13:00–18:00 · Poste cheminée · booked by Helen Hôte for Marc Durand\n',
    );
    expect(mail.text).toContain('Check-in is required here');
    expect(mail.text).toContain('Events (1)\n\n- 14:00–16:00 · Atelier compta · 2 registered for 12 places\n');
    expect(mail.text).not.toContain('closed');
    expect(mail.html).toContain('<li>13:00–18:00 · Poste cheminée · booked by Helen Hôte for Marc Durand</li>');
    expect(sheetsTo(helen)).toHaveLength(1);
  });

  it('mails a French-speaking host in French', async () => {
    expect(await outcomeOf(site.id, hugo)).toBe('sent');
    const [mail] = sheetsTo(hugo);
    expect(mail.subject).toBe('Demain à Tiers-lieu de Samatan : mardi 24 mars 2026');
    expect(mail.text).toContain('Réservations (2)');
    expect(mail.text).toContain('- 08h30–13h00 · Poste fenêtre · Paulette Martin');
    expect(mail.text).toContain('- 13h00–18h00 · Poste cheminée · réservé par Helen Hôte pour Marc Durand');
    expect(mail.text).toContain('- 14h00–16h00 · Atelier compta · 2 inscrits pour 12 places');
  });

  it('says the site is closed that day when an event is held on a day its week keeps it shut', async () => {
    // Friday 27 March, 07:00 in Paris: the sheets of Saturday 28.
    await t.app.get(DailySheetsTask).run(new Date('2026-03-27T06:00:00Z'));
    const mail = await eventually(async () => sheetsTo(helen).find((m) => m.subject?.includes('Saturday 28 March')));
    expect(mail.text).toContain('The site is closed that day.');
    expect(mail.text).toContain('No bookings tomorrow.');
    expect(mail.text).toContain('- 10:00–12:00 · Portes ouvertes · 0 registered for 30 places');
    expect(mail.html).toContain('<p><strong>The site is closed that day</strong>.</p>');
  });

  it('sends nothing to a host who turned the sheet off, nor for a day with nothing at the site', async () => {
    expect(await outcomeOf(site.id, optedOut)).toBe('skipped');
    expect(await outcomeOf(quietSite.id, quietHost)).toBe('skipped');
    expect(sheetsTo(optedOut)).toHaveLength(0);
    expect(sheetsTo(quietHost)).toHaveLength(0);
  });
});
