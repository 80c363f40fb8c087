import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { givenEvent, postRegistration, signedInAgain } from '../../testing/events-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { PersonalDataService } from '../identity/personal-data.service';
import { MonthlySummaryHandler } from './monthly-summary.handler';
import { monthlySummaryKey, MonthlySummaryTask } from './monthly-summary.task';

/** Tuesday 20 October 2026, 10:00 in Paris: the autumn's bookings are all ahead. */
const SETUP = new Date('2026-10-20T08:00:00Z');
/** Wednesday 18 November 2026, 11:30 in Paris: the morning's no-show is released, the workshop attended. */
const NOVEMBER_18 = new Date('2026-11-18T10:30:00Z');
/** Tuesday 1 December 2026, 06:00 in Paris (winter time): November's summaries are written. */
const RUN = new Date('2026-12-01T05:00:00Z');
const NOVEMBER = 'from=2026-11-01&to=2026-11-30';
const NBSP = '\u00a0';

/**
 * November 2026 at two sites open 08:30–12:30 and 13:30–18:00 on weekdays (8.5 h), Armistice Day (Wednesday
 * 11) a public holiday: 20 open days. Auch has two desks (340 h), Fleurance one (170 h).
 */
describe("the officers' monthly summary (in-process runner, real SMTP peer)", () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(SETUP);
  let agnes: TestAccount;
  let oliver: TestAccount;
  let formerOfficer: TestAccount;
  let auch: TestSite;
  let fleurance: TestSite;
  const m: TestAccount[] = [];

  const summariesTo = (who: TestAccount): ParsedMail[] =>
    smtp.to(who.email).filter((mail) => /^(Le réseau en|The network in) /.test(mail.subject ?? ''));
  const outcomeOf = (who: TestAccount) =>
    eventually(async () => {
      const [row] = await t.dataSource.query(`SELECT outcome FROM outbox_messages WHERE key = $1`, [
        monthlySummaryKey('2026-11', who.id),
      ]);
      return row?.outcome as string | undefined;
    });
  const report = async (path: string) =>
    (await t.http.get(`/api/v1/reports/${path}`).set('Authorization', agnes.bearer).expect(200)).body;
  const reportCsv = async (path: string) =>
    (
      await t.http
        .get(`/api/v1/reports/${path}&format=csv&decimal=comma`)
        .set('Authorization', agnes.bearer)
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks).toString('utf8')));
        })
        .expect(200)
    ).body as string;
  const attachment = (mail: ParsedMail, filename: string) => {
    const file = mail.attachments.find((a) => a.filename === filename);
    expect(file?.contentType).toBe('text/csv');
    return file!.content.toString('utf8');
  };

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start(), PUBLIC_URL: 'https://bastide.example.fr' } });
    agnes = await givenAdmin(t);
    oliver = await givenMember(t, { firstName: 'Oliver', lastName: 'Officer', locale: 'en' });
    formerOfficer = await givenMember(t, { firstName: 'Fabien', lastName: 'Ancien' });
    await t.dataSource.query(`UPDATE users SET role = 'admin' WHERE id = ANY($1::uuid[])`, [
      [oliver.id, formerOfficer.id],
    ]);
    auch = await givenSite(t, agnes, { name: 'Tiers-lieu d’Auch' });
    fleurance = await givenSite(t, agnes, { name: 'Tiers-lieu de Fleurance', communeCode: '32132' });
    let host = await givenHost(t, agnes, auch.id);
    const desk1 = await givenResource(t, host, auch.id, { name: 'Poste 1' });
    const desk2 = await givenResource(t, host, auch.id, { name: 'Poste 2' });
    const fleuranceDesk = await givenResource(t, agnes, fleurance.id, { name: 'Poste F' });

    // m1 lives in Toulouse (outside the Gers), m2 in Auch; m3's home is unknown.
    for (const home of ['31555', '32013', undefined])
      m.push(await givenMember(t, home ? { homeCommuneCode: home } : {}));
    const book = (who: number, body: Record<string, unknown>) => givenBooking(t, m[who - 1], body);
    await book(1, { resourceId: desk1.id, date: '2026-10-27', slot: 'full_day' }); // October: A 8.5 h
    await book(1, { resourceId: desk1.id, date: '2026-11-03', slot: 'full_day' }); // A 8.5 h
    await book(1, { resourceId: desk1.id, date: '2026-11-04', slot: 'full_day' }); // A 8.5 h
    await book(2, { resourceId: desk2.id, date: '2026-11-03', slot: 'morning' }); // A 4 h
    await book(2, { resourceId: fleuranceDesk.id, date: '2026-11-05', slot: 'full_day' }); // F 8.5 h
    const noShow = await book(3, { resourceId: desk2.id, date: '2026-11-18', slot: 'morning' });
    // December: not November's.
    await book(1, { resourceId: desk1.id, date: '2026-12-01', slot: 'full_day' });

    const workshop = await givenEvent(t, host, auch.id, {
      title: 'Atelier tableur',
      category: 'workshop',
      capacity: 10,
      start: '2026-11-18T10:00:00+01:00',
      end: '2026-11-18T12:00:00+01:00',
    });
    await postRegistration(t, m[0], workshop.id).expect(201);
    const attended = (await postRegistration(t, m[1], workshop.id).expect(201)).body;

    clock.set(NOVEMBER_18);
    host = await signedInAgain(t, host);
    await t.http.post(`/api/v1/bookings/${noShow.id}/no-show`).set('Authorization', host.bearer).expect(200);
    await t.http
      .post(`/api/v1/events/${workshop.id}/registrations/${attended.id}/attendance`)
      .set('Authorization', host.bearer)
      .send({})
      .expect(200);

    clock.set(RUN);
    agnes = await signedInAgain(t, agnes);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('writes one summary per officer for November, however many times the task of 1 December runs', async () => {
    // Fabien is no longer an officer on 1 December.
    await t.dataSource.query(`UPDATE users SET role = 'member' WHERE id = $1`, [formerOfficer.id]);
    const task = t.app.get(MonthlySummaryTask);
    await Promise.all([task.run(RUN), task.run(RUN)]);
    await task.run(RUN);
    const rows: { key: string; payload: Record<string, string> }[] = await t.dataSource.query(
      `SELECT key, payload FROM outbox_messages WHERE kind = 'reporting.monthly-summary' ORDER BY key`,
    );
    const officers = [agnes, oliver];
    expect(rows.map((row) => row.key).sort()).toEqual(
      officers.map((officer) => monthlySummaryKey('2026-11', officer.id)).sort(),
    );
    expect(rows.map((row) => row.payload)).toContainEqual({ userId: oliver.id, month: '2026-11' });
  });

  it('mails an officer, in French, the figures the report endpoints give for November', async () => {
    expect(await outcomeOf(agnes)).toBe('sent');
    const [mail] = summariesTo(agnes);
    expect(summariesTo(agnes)).toHaveLength(1);

    // The endpoints' figures for November (October: 8.5 h of 561, one booking, one person, one day in Toulouse).
    const [occupancy] = (await report(`occupancy?${NOVEMBER}&groupBy=month`)).rows;
    expect(occupancy).toMatchObject({
      capacityHours: 510,
      bookedHours: 29.5,
      occupancyRate: 0.0578,
      bookings: 4,
      uniqueMembers: 2,
      noShows: 1,
    });
    const { totals: telework } = await report(`telework-days?${NOVEMBER}&groupBy=month`);
    expect(telework).toMatchObject({ days: 3.5, outsideGersShare: 0.5714 });
    const [events] = (await report(`events?${NOVEMBER}&groupBy=month`)).rows;
    expect(events).toMatchObject({ events: 1, registrations: 2, attendance: 1, fillRate: 0.2 });

    expect(mail.subject).toBe("Le réseau en novembre 2026 : 5,8 % d'occupation");
    expect(mail.text).toContain('Bonjour Agnès,');
    expect(mail.text).toContain(
      [
        `- Taux d'occupation : 5,8${NBSP}% (+4,3 points)`,
        '- Heures réservées : 29,5 h (+21)',
        '- Heures ouvertes à la réservation : 510 h (-51)',
        '- Réservations : 4 (+3)',
        '- Membres venus : 2 (+1)',
        '- Absences non signalées : 1 (+1)',
      ].join('\n'),
    );
    expect(mail.text).toContain(
      `- Journées de télétravail : 3,5 (+2,5)\n- Part venant de l'extérieur du Gers : 57,1${NBSP}% (-42,9 points)`,
    );
    expect(mail.text).toContain('- Événements : 1 (+1)\n- Inscriptions : 2 (+2)\n- Présences : 1 (+1)');
    expect(mail.text).toContain(`- Taux de remplissage : 20,0${NBSP}%\n`);
    expect(mail.text).toContain(
      `- Tiers-lieu d’Auch : 6,2${NBSP}% (21 h réservées)\n- Tiers-lieu de Fleurance : 5,0${NBSP}% (8,5 h réservées)`,
    );
    expect(mail.text).toContain('Ouvrir le tableau de bord : https://bastide.example.fr/reseau/tableau-de-bord');
  });

  it('attaches the CSVs in the French format, the same files as the report endpoints', async () => {
    const [mail] = summariesTo(agnes);
    expect(mail.attachments.map((a) => a.filename)).toEqual([
      'occupancy-site-2026-11.csv',
      'telework-days-organization-2026-11.csv',
      'telework-days-homeEpci-2026-11.csv',
      'events-site-2026-11.csv',
    ]);
    const occupancy = attachment(mail, 'occupancy-site-2026-11.csv');
    expect(occupancy.split('\r\n')[0]).toBe(
      '\uFEFF"key";"label";"capacityHours";"bookedHours";"occupancyRate";"bookings";"uniqueMembers";"noShows"',
    );
    expect(occupancy).toContain(`"${auch.id}";"Tiers-lieu d’Auch";340;21;0,0618;`);
    expect(occupancy).toContain(`"${fleurance.id}";"Tiers-lieu de Fleurance";170;8,5;0,05;1;1;0\r\n`);
    expect(occupancy).toBe(await reportCsv(`occupancy?${NOVEMBER}&groupBy=site`));

    const byOrganization = attachment(mail, 'telework-days-organization-2026-11.csv');
    expect(byOrganization.split('\r\n')[0]).toBe('\uFEFF"key";"label";"days";"members";"outsideGersShare"');
    expect(byOrganization).toContain('"none";"Sans employeur";');
    expect(byOrganization).toBe(await reportCsv(`telework-days?${NOVEMBER}&groupBy=organization`));
    const byHomeEpci = attachment(mail, 'telework-days-homeEpci-2026-11.csv');
    expect(byHomeEpci).toBe(await reportCsv(`telework-days?${NOVEMBER}&groupBy=homeEpci`));

    const events = attachment(mail, 'events-site-2026-11.csv');
    expect(events.split('\r\n')[0]).toBe(
      '\uFEFF"key";"label";"events";"cancelledEvents";"capacity";"registrations";"waitlisted";"attendance";"fillRate";"attendanceRate"',
    );
    expect(events).toContain(`"${auch.id}";"Tiers-lieu d’Auch";1;0;10;2;0;1;0,2;0,5\r\n`);
    expect(events).toBe(await reportCsv(`events?${NOVEMBER}&groupBy=site`));
  });

  it('mails an English-speaking officer in English, and nothing to members', async () => {
    expect(await outcomeOf(oliver)).toBe('sent');
    const [mail] = summariesTo(oliver);
    expect(mail.subject).toBe('The network in November 2026: 5.8% occupancy');
    expect(mail.text).toContain('- Occupancy rate: 5.8% (+4.3 points)\n- Booked hours: 29.5 h (+21)');
    expect(mail.attachments).toHaveLength(4);
    for (const member of m) expect(summariesTo(member)).toHaveLength(0);
  });

  it('skips someone no longer an officer, or erased, when the job comes to be sent', async () => {
    const handler = t.app.get(MonthlySummaryHandler);
    const send = (who: TestAccount) => handler.handle({ userId: who.id, month: '2026-11' });
    expect(await send(formerOfficer)).toBe('skipped');
    expect(await send(m[0])).toBe('skipped');
    const erased = await givenAdmin(t);
    await t.app.get(PersonalDataService, { strict: false }).erase(erased.id);
    expect(await send(erased)).toBe('skipped');
    expect(summariesTo(formerOfficer)).toHaveLength(0);
    expect(summariesTo(erased)).toHaveLength(0);
  });
});
