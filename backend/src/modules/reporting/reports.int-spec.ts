import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { unzipSync, strFromU8 } from 'fflate';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { givenEvent, postRegistration, signedInAgain } from '../../testing/events-fixtures';
import { givenEmployee, givenOrganization } from '../../testing/organizations-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch: the bookings below are all ahead. */
const NOW = new Date('2026-03-20T10:00:00Z');
/** Monday 23 March (DST on Sunday 29) to Easter Monday 6 April 2026. */
const PERIOD = 'from=2026-03-23&to=2026-04-06';
const AUCH_EPCI = '200066926';
const FLEURANCE_EPCI = '243200391';
/** The reports' order: keys by code unit. */
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * One known fortnight at two sites, and every figure of every report checked exactly.
 *
 * Auch (EPCI Grand Auch): 08:30–12:30 and 13:30–18:00 on weekdays (8 h 30: 4 h before 13:00, 4 h 30 after),
 * two desks and a meeting room, closed on Thursday 26 March; Easter Monday is a public holiday. 9 open days
 * × 8.5 h × 3 resources = 229.5 h. Fleurance (Lomagne gersoise): 09:00–17:00 on weekdays, one desk: 10 days ×
 * 8 h = 80 h.
 */
describe('reports', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let host: TestAccount;
  let auch: TestSite;
  let fleurance: TestSite;
  let big: { id: string; name: string };
  let small: { id: string; name: string };
  const m: TestAccount[] = [];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    admin = await givenAdmin(t);
    auch = await givenSite(t, admin, { name: 'Tiers-lieu d’Auch' });
    fleurance = await givenSite(t, admin, {
      name: 'Tiers-lieu de Fleurance',
      communeCode: '32132',
      openingHours: {
        mon: [['09:00', '17:00']],
        tue: [['09:00', '17:00']],
        wed: [['09:00', '17:00']],
        thu: [['09:00', '17:00']],
        fri: [['09:00', '17:00']],
        sat: [],
        sun: [],
      },
    });
    host = await givenHost(t, admin, auch.id);
    const desk1 = await givenResource(t, host, auch.id, { name: 'Poste 1' });
    const desk2 = await givenResource(t, host, auch.id, { name: 'Poste 2' });
    const room = await givenResource(t, host, auch.id, { name: 'Salle Armagnac', kind: 'meeting_room', capacity: 8 });
    const fleuranceDesk = await givenResource(t, admin, fleurance.id, { name: 'Poste F' });
    await t.http
      .post(`/api/v1/sites/${auch.id}/closures`)
      .set('Authorization', host.bearer)
      .send({ date: '2026-03-26', reason: 'Travaux' })
      .expect(201);

    // m1 and m6 live in Toulouse (outside the Gers), m2 and m3 in Auch, m4 in Fleurance, m5 in Condom; m7's
    // home is unknown. m1–m5 work for `big` (5 members: shown), m6 for `small` (1: grouped as other).
    const homes = ['31555', '32013', '32013', '32132', '32107', '31555', undefined];
    for (const home of homes) m.push(await givenMember(t, home ? { homeCommuneCode: home } : {}));
    big = await givenOrganization(t, admin, { name: 'Airbus Toulouse' });
    small = await givenOrganization(t, admin, { name: 'Petite SARL' });
    for (const member of m.slice(0, 5)) await givenEmployee(t, admin, big.id, member);
    await givenEmployee(t, admin, small.id, m[5]);

    const book = (who: number, body: Record<string, unknown>) => givenBooking(t, m[who - 1], body);
    await book(1, { resourceId: desk1.id, date: '2026-03-23', slot: 'full_day' }); // A 8.5 h
    await book(2, { resourceId: desk2.id, date: '2026-03-23', slot: 'morning' }); // A 4 h (08:30–12:30)
    await book(5, { resourceId: desk2.id, date: '2026-03-23', slot: 'afternoon' }); // A 4.5 h (13:30–18:00)
    await book(1, { resourceId: room.id, start: '2026-03-24T14:00:00+01:00', end: '2026-03-24T16:00:00+01:00' }); // A 2 h
    await book(5, { resourceId: desk1.id, date: '2026-03-24', slot: 'morning' }); // A 4 h
    await book(6, { resourceId: desk2.id, date: '2026-03-24', slot: 'full_day' }); // A 8.5 h
    await book(4, { resourceId: fleuranceDesk.id, date: '2026-03-24', slot: 'full_day' }); // F 8 h
    await book(1, { resourceId: fleuranceDesk.id, date: '2026-03-25', slot: 'morning' }); // F 4 h
    await book(1, { resourceId: desk1.id, date: '2026-03-25', slot: 'afternoon' }); // A 4.5 h
    await book(7, { resourceId: desk1.id, date: '2026-03-27', slot: 'full_day' }); // A 8.5 h
    await book(3, { resourceId: desk1.id, date: '2026-03-31', slot: 'afternoon' }); // A 4.5 h
    const cancelled = await book(2, { resourceId: desk2.id, date: '2026-03-31', slot: 'full_day' });
    await t.http.post(`/api/v1/bookings/${cancelled.id}/cancel`).set('Authorization', m[1].bearer).expect(200);
    const noShow = await book(3, { resourceId: desk2.id, date: '2026-04-01', slot: 'full_day' });

    // Events: a workshop holding the meeting room (its hold is no booking), a telework café, a cancelled talk
    // at Fleurance and a network event with no site.
    const workshop = await givenEvent(t, host, auch.id, {
      category: 'workshop',
      capacity: 2,
      roomId: room.id,
      start: '2026-03-25T10:00:00+01:00',
      end: '2026-03-25T12:00:00+01:00',
    });
    const cafe = await givenEvent(t, host, auch.id);
    const talk = await givenEvent(t, admin, fleurance.id, {
      category: 'talk',
      capacity: 5,
      start: '2026-04-02T15:00:00+02:00',
      end: '2026-04-02T16:00:00+02:00',
    });
    await t.http.post(`/api/v1/events/${talk.id}/cancel`).set('Authorization', admin.bearer).expect(200);
    const training = await givenEvent(t, admin, null, {
      category: 'training',
      capacity: 20,
      start: '2026-03-30T18:00:00+02:00',
      end: '2026-03-30T19:00:00+02:00',
    });
    const attended = (await postRegistration(t, m[1], workshop.id).expect(201)).body;
    await postRegistration(t, m[2], workshop.id).expect(201);
    expect((await postRegistration(t, m[3], workshop.id).expect(201)).body.status).toBe('waitlisted');
    await postRegistration(t, m[0], cafe.id).expect(201);
    await postRegistration(t, m[5], training.id).expect(201);

    // 1 April, 10:30 in Auch: m3 did not come; m2 came to the workshop.
    clock.set(new Date('2026-04-01T08:30:00Z'));
    host = await signedInAgain(t, host);
    admin = await signedInAgain(t, admin);
    m[0] = await signedInAgain(t, m[0]);
    await t.http.post(`/api/v1/bookings/${noShow.id}/no-show`).set('Authorization', host.bearer).expect(200);
    await t.http
      .post(`/api/v1/events/${workshop.id}/registrations/${attended.id}/attendance`)
      .set('Authorization', host.bearer)
      .send({})
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (who: TestAccount | undefined, path: string) => {
    const request = t.http.get(`/api/v1/reports/${path}`);
    return who ? request.set('Authorization', who.bearer) : request;
  };

  describe('occupancy', () => {
    it('gives an officer every site: capacity less lunch, closure and holiday; booked hours; members; no-shows', async () => {
      const { body } = await get(admin, `occupancy?${PERIOD}&groupBy=site`).expect(200);
      expect(body.rows).toEqual(
        [
          {
            key: auch.id,
            label: 'Tiers-lieu d’Auch',
            capacityHours: 229.5,
            // 8.5 + 4 + 4.5 + 2 + 4 + 8.5 + 4.5 + 8.5 + 4.5: the workshop's room hold and the cancelled day are not in.
            bookedHours: 49,
            occupancyRate: 0.2135,
            bookings: 9,
            uniqueMembers: 6,
            noShows: 1,
          },
          {
            key: fleurance.id,
            label: 'Tiers-lieu de Fleurance',
            capacityHours: 80,
            bookedHours: 12,
            occupancyRate: 0.15,
            bookings: 2,
            uniqueMembers: 2,
            noShows: 0,
          },
        ].sort(byKey),
      );
    });

    it('groups by EPCI and month, across the DST change, with the month of April booked only by a no-show', async () => {
      const { body } = await get(admin, `occupancy?${PERIOD}&groupBy=month`).expect(200);
      expect(body.rows).toEqual([
        {
          key: '2026-03',
          label: 'mars 2026',
          // Auch: 6 days × 25.5 h; Fleurance: 7 days × 8 h.
          capacityHours: 209,
          bookedHours: 61,
          occupancyRate: 0.2919,
          bookings: 11,
          uniqueMembers: 7,
          noShows: 0,
        },
        {
          key: '2026-04',
          label: 'avril 2026',
          capacityHours: 100.5,
          bookedHours: 0,
          occupancyRate: 0,
          bookings: 0,
          uniqueMembers: 0,
          noShows: 1,
        },
      ]);
      const byEpci = await get(admin, `occupancy?${PERIOD}&groupBy=epci,month&epciCode=${FLEURANCE_EPCI}`).expect(200);
      expect(byEpci.body.rows).toEqual([
        {
          key: `${FLEURANCE_EPCI},2026-03`,
          label: 'CC de la Lomagne Gersoise · mars 2026',
          capacityHours: 56,
          bookedHours: 12,
          occupancyRate: 0.2143,
          bookings: 2,
          uniqueMembers: 2,
          noShows: 0,
        },
        {
          key: `${FLEURANCE_EPCI},2026-04`,
          label: 'CC de la Lomagne Gersoise · avril 2026',
          capacityHours: 24,
          bookedHours: 0,
          occupancyRate: 0,
          bookings: 0,
          uniqueMembers: 0,
          noShows: 0,
        },
      ]);
    });

    it('counts the same unique members from the monthly table for whole months as from the bookings', async () => {
      const members = async (period: string, groupBy: string) =>
        (await get(admin, `occupancy?${period}&groupBy=${groupBy}`).expect(200)).body.rows.map(
          (row: { key: string; uniqueMembers: number }) => [row.key, row.uniqueMembers],
        );
      // March and April whole; then half of February before them; then only days (no whole month).
      for (const period of ['from=2026-03-01&to=2026-04-30', 'from=2026-02-15&to=2026-04-30', PERIOD]) {
        // (A February row, all capacity, comes with the second period.)
        expect((await members(period, 'month')).filter(([key]: [string]) => key >= '2026-03')).toEqual([
          ['2026-03', 7],
          ['2026-04', 0],
        ]);
        expect(await members(period, 'site')).toEqual(
          [
            [auch.id, 6],
            [fleurance.id, 2],
          ].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
        );
        expect(await members(period, 'epci,kind')).toEqual([
          [`${AUCH_EPCI},desk`, 6],
          [`${AUCH_EPCI},meeting_room`, 1],
          [`${FLEURANCE_EPCI},desk`, 2],
        ]);
      }
      const totals = (await get(admin, `occupancy?from=2026-01-01&to=2026-12-31&groupBy=month`).expect(200)).body
        .totals;
      expect(totals.uniqueMembers).toBe(7);
    });

    it('splits a site’s day at 13:00 and counts bookings and members in each half', async () => {
      const { body } = await get(host, `occupancy?${PERIOD}&groupBy=halfDay&siteId=${auch.id}`).expect(200);
      // The period's totals count a full-day booking, and a person, once.
      expect(body.totals).toEqual({
        capacityHours: 229.5,
        bookedHours: 49,
        occupancyRate: 0.2135,
        bookings: 9,
        uniqueMembers: 6,
        noShows: 1,
      });
      expect(body.rows).toEqual([
        {
          key: 'afternoon',
          label: 'après-midi',
          capacityHours: 121.5,
          bookedHours: 29,
          occupancyRate: 0.2387,
          bookings: 7,
          uniqueMembers: 5,
          noShows: 1,
        },
        {
          key: 'morning',
          label: 'matin',
          capacityHours: 108,
          bookedHours: 20,
          occupancyRate: 0.1852,
          bookings: 5,
          uniqueMembers: 5,
          noShows: 1,
        },
      ]);
    });

    it('groups by kind, weekday, day and ISO week', async () => {
      const byKind = await get(admin, `occupancy?${PERIOD}&groupBy=kind&epciCode=${AUCH_EPCI}`).expect(200);
      expect(byKind.body.rows).toEqual([
        {
          key: 'desk',
          label: 'Poste de travail',
          capacityHours: 153,
          bookedHours: 47,
          occupancyRate: 0.3072,
          bookings: 8,
          uniqueMembers: 6,
          noShows: 1,
        },
        {
          key: 'meeting_room',
          label: 'Salle de réunion',
          capacityHours: 76.5,
          bookedHours: 2,
          occupancyRate: 0.0261,
          bookings: 1,
          uniqueMembers: 1,
          noShows: 0,
        },
      ]);
      const byWeek = await get(admin, `occupancy?${PERIOD}&groupBy=week,kind&kind=meeting_room`).expect(200);
      expect(
        byWeek.body.rows.map((row: { key: string; capacityHours: number }) => [row.key, row.capacityHours]),
      ).toEqual([
        ['2026-W13,meeting_room', 34],
        ['2026-W14,meeting_room', 42.5],
      ]);
      const byWeekday = await get(admin, `occupancy?${PERIOD}&groupBy=weekday&siteId=${auch.id}`).expect(200);
      // Mondays: 23 and 30 March (6 April is Easter Monday); Thursdays: 2 April only (26 March is closed).
      expect(
        byWeekday.body.rows.map((row: { key: string; label: string; capacityHours: number; bookedHours: number }) => [
          row.key,
          row.label,
          row.capacityHours,
          row.bookedHours,
        ]),
      ).toEqual([
        ['1', 'lundi', 51, 17],
        ['2', 'mardi', 51, 19],
        ['3', 'mercredi', 51, 4.5],
        ['4', 'jeudi', 25.5, 0],
        ['5', 'vendredi', 51, 8.5],
      ]);
      const byDay = await get(admin, `occupancy?from=2026-03-26&to=2026-03-27&groupBy=day&siteId=${auch.id}`).expect(
        200,
      );
      expect(byDay.body.rows).toEqual([
        {
          key: '2026-03-27',
          label: '2026-03-27',
          capacityHours: 25.5,
          bookedHours: 8.5,
          occupancyRate: 0.3333,
          bookings: 1,
          uniqueMembers: 1,
          noShows: 0,
        },
      ]);
    });

    it('keeps hosts to their sites and members out', async () => {
      const { body } = await get(host, `occupancy?${PERIOD}`).expect(200);
      expect(body.rows.map((row: { key: string }) => row.key)).toEqual([auch.id]);
      const refused = await get(host, `occupancy?${PERIOD}&siteId=${fleurance.id}`).expect(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      await get(m[0], `occupancy?${PERIOD}`).expect(403);
      await get(undefined, `occupancy?${PERIOD}`).expect(401);
      await get(admin, `occupancy?${PERIOD}&siteId=00000000-0000-4000-8000-000000000000`).expect(404);
    });

    it('answers CSV with points or with French commas', async () => {
      const point = await get(admin, `occupancy?${PERIOD}&groupBy=month&format=csv`).expect(200);
      expect(point.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(point.headers['content-disposition']).toBe('attachment; filename="occupancy-2026-03-23-2026-04-06.csv"');
      expect(point.text).toBe(
        '\uFEFF"key","label","capacityHours","bookedHours","occupancyRate","bookings","uniqueMembers","noShows"\r\n' +
          '"2026-03","mars 2026",209,61,0.2919,11,7,0\r\n' +
          '"2026-04","avril 2026",100.5,0,0,0,0,1\r\n',
      );
      const comma = await get(admin, `occupancy?${PERIOD}&groupBy=month&format=csv&decimal=comma`).expect(200);
      expect(comma.text.split('\r\n')[2]).toBe('"2026-04";"avril 2026";100,5;0;0;0;0;1');
    });
  });

  describe('telework days', () => {
    it('counts person-days by employer, small employers as other', async () => {
      const { body } = await get(admin, `telework-days?${PERIOD}&groupBy=organization`).expect(200);
      expect(body.rows).toEqual([
        // m1 2.5 (a full day, a 2-hour afternoon meeting, a morning at Fleurance and an afternoon at Auch),
        // m2 0.5, m3 0.5 (the no-show is no day), m4 1, m5 1 (two half-days on two days).
        { key: big.id, label: 'Airbus Toulouse', days: 5.5, members: 5, outsideGersShare: 0.4545 },
        { key: 'none', label: 'Sans employeur', days: 1, members: 1, outsideGersShare: 0 },
        { key: 'other', label: 'Autres employeurs (moins de 5 membres)', days: 1, members: 1, outsideGersShare: 1 },
      ]);
      expect(body.totals).toEqual({ days: 7.5, members: 7, outsideGersShare: 0.4667, unknownHomeShare: 0.1333 });
    });

    it('groups by site, home commune, home EPCI and month', async () => {
      const bySite = await get(admin, `telework-days?${PERIOD}&groupBy=site`).expect(200);
      // m1's day split between the two sites is half a day at each.
      expect(
        bySite.body.rows.map((row: { key: string; days: number; members: number }) => [row.key, row.days, row.members]),
      ).toEqual(
        [
          [auch.id, 6, 6],
          [fleurance.id, 1.5, 2],
        ].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      );
      const byCommune = await get(admin, `telework-days?${PERIOD}&groupBy=homeCommune`).expect(200);
      expect(byCommune.body.rows).toEqual([
        { key: '31555', label: 'Toulouse', days: 3.5, members: 2, outsideGersShare: 1 },
        { key: '32013', label: 'Auch', days: 1, members: 2, outsideGersShare: 0 },
        { key: '32107', label: 'Condom', days: 1, members: 1, outsideGersShare: 0 },
        { key: '32132', label: 'Fleurance', days: 1, members: 1, outsideGersShare: 0 },
        { key: 'none', label: 'Commune inconnue', days: 1, members: 1, outsideGersShare: 0 },
      ]);
      const byEpci = await get(admin, `telework-days?${PERIOD}&groupBy=homeEpci,month`).expect(200);
      expect(byEpci.body.rows.map((row: { key: string; days: number }) => [row.key, row.days])).toEqual([
        [`${AUCH_EPCI},2026-03`, 1],
        ['243100518,2026-03', 3.5],
        [`${FLEURANCE_EPCI},2026-03`, 1],
        ['243200417,2026-03', 1],
        ['none,2026-03', 1],
      ]);
    });

    it('is for officers only', async () => {
      await get(host, `telework-days?${PERIOD}`).expect(403);
      await get(m[0], `telework-days?${PERIOD}`).expect(403);
    });

    it('answers CSV', async () => {
      const csv = await get(admin, `telework-days?${PERIOD}&groupBy=month&format=csv&decimal=comma`).expect(200);
      expect(csv.text).toBe(
        '\uFEFF"key";"label";"days";"members";"outsideGersShare"\r\n"2026-03";"mars 2026";7,5;7;0,4667\r\n',
      );
    });
  });

  describe('events', () => {
    it('counts events, places, registrations, attendance and fill rate per site', async () => {
      const { body } = await get(admin, `events?${PERIOD}&groupBy=site`).expect(200);
      const expected = [
        {
          key: auch.id,
          label: 'Tiers-lieu d’Auch',
          events: 2,
          cancelledEvents: 0,
          capacity: 12,
          registrations: 3,
          waitlisted: 1,
          attendance: 1,
          fillRate: 0.25,
          attendanceRate: 0.3333,
        },
        {
          key: fleurance.id,
          label: 'Tiers-lieu de Fleurance',
          events: 0,
          cancelledEvents: 1,
          capacity: 0,
          registrations: 0,
          waitlisted: 0,
          attendance: 0,
          fillRate: null,
          attendanceRate: null,
        },
      ].sort(byKey);
      expect(body.rows).toEqual([
        ...expected,
        {
          key: 'network',
          label: 'Réseau (sans tiers-lieu)',
          events: 1,
          cancelledEvents: 0,
          capacity: 20,
          registrations: 1,
          waitlisted: 0,
          attendance: 0,
          fillRate: 0.05,
          attendanceRate: 0,
        },
      ]);
      const hosted = await get(host, `events?${PERIOD}&groupBy=category`).expect(200);
      expect(
        hosted.body.rows.map((row: { key: string; label: string; events: number }) => [row.key, row.label, row.events]),
      ).toEqual([
        ['telework_cafe', 'Café télétravail', 1],
        ['workshop', 'Atelier', 1],
      ]);
      await get(host, `events?${PERIOD}&siteId=${fleurance.id}`).expect(403);
      await get(m[0], `events?${PERIOD}`).expect(403);
    });
  });

  describe('export', () => {
    it('zips every report of the period as CSV files', async () => {
      const response = await get(admin, `export?${PERIOD}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toBe('application/zip');
      const files = unzipSync(new Uint8Array(response.body as Buffer));
      expect(Object.keys(files).sort()).toEqual([
        'events-category.csv',
        'events-month.csv',
        'events-site.csv',
        'newcomers-epci-year.csv',
        'occupancy-epci-month.csv',
        'occupancy-epci.csv',
        'occupancy-kind.csv',
        'occupancy-month.csv',
        'occupancy-site-month.csv',
        'occupancy-site.csv',
        'occupancy-weekday-halfDay.csv',
        'telework-days-homeCommune.csv',
        'telework-days-homeEpci.csv',
        'telework-days-month.csv',
        'telework-days-organization.csv',
        'telework-days-site.csv',
      ]);
      expect(strFromU8(files['occupancy-month.csv'])).toContain('"2026-03","mars 2026",209,61,0.2919,11,7,0');
      await get(host, `export?${PERIOD}`).expect(403);
    });
  });

  describe('the rollup', () => {
    it('follows a change of the site’s hours, so a day booked before it cancels cleanly after it', async () => {
      const site = await givenSite(t, admin, { name: 'Tiers-lieu de Lectoure', communeCode: '32208' });
      const desk = await givenResource(t, admin, site.id, { name: 'Poste L' });
      const booking = await givenBooking(t, await signedInAgain(t, m[4]), {
        resourceId: desk.id,
        date: '2026-04-02',
        slot: 'full_day',
      });
      const occupancy = async () =>
        (await get(admin, `occupancy?${PERIOD}&siteId=${site.id}&groupBy=site`).expect(200)).body.rows[0];
      expect((await occupancy()).bookedHours).toBe(8.5);

      // The lunch break goes: the same full day now overlaps 9 h 30 of opening.
      const allDay = [['08:30', '18:00']];
      await t.http
        .patch(`/api/v1/sites/${site.id}`)
        .set('Authorization', admin.bearer)
        .send({ openingHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: [], sun: [] } })
        .expect(200);
      expect((await occupancy()).bookedHours).toBe(9.5);

      await t.http.post(`/api/v1/bookings/${booking.id}/cancel`).set('Authorization', admin.bearer).expect(200);
      const after = await occupancy();
      expect([after.bookedHours, after.bookings, after.uniqueMembers]).toEqual([0, 0, 0]);
    });

    it('follows a resource that changes kind, and always equals its bookings recounted from scratch', async () => {
      const site = await givenSite(t, admin, { name: 'Tiers-lieu de Condom', communeCode: '32107' });
      const desk = await givenResource(t, admin, site.id, { name: 'Poste C' });
      await givenBooking(t, await signedInAgain(t, m[6]), { resourceId: desk.id, date: '2026-04-03', slot: 'morning' });
      await t.http
        .patch(`/api/v1/resources/${desk.id}`)
        .set('Authorization', admin.bearer)
        .send({ kind: 'phone_booth' })
        .expect(200);
      const { body } = await get(admin, `occupancy?${PERIOD}&groupBy=kind&siteId=${site.id}`).expect(200);
      expect(
        body.rows.map((row: { key: string; bookedHours: number; bookings: number }) => [
          row.key,
          row.bookedHours,
          row.bookings,
        ]),
      ).toEqual([['phone_booth', 4, 1]]);
      // Whatever wrote the bookings above (creation, cancellation, no-show, an event's hold, a change of kind),
      // the rollup is what its own function makes of the bookings today.
      const differences = await t.dataSource.query(`
        WITH recount AS (
          SELECT share.day, b.site_id, r.kind,
                 sum(share.morning_minutes) FILTER (WHERE b.status IN ('confirmed', 'checked_in'))::integer AS morning_minutes,
                 sum(share.afternoon_minutes) FILTER (WHERE b.status IN ('confirmed', 'checked_in'))::integer AS afternoon_minutes,
                 count(*) FILTER (WHERE b.status IN ('confirmed', 'checked_in'))::integer AS bookings,
                 count(*) FILTER (WHERE b.status = 'no_show')::integer AS no_shows
          FROM bookings b JOIN resources r ON r.id = b.resource_id
          CROSS JOIN LATERAL reporting_booking_share(b.site_id, b.during) share
          WHERE b.event_id IS NULL AND b.status IN ('confirmed', 'checked_in', 'no_show')
          GROUP BY 1, 2, 3
        )
        (SELECT day, site_id, kind, coalesce(morning_minutes, 0), coalesce(afternoon_minutes, 0), bookings, no_shows FROM recount
         EXCEPT SELECT day, site_id, kind, morning_minutes, afternoon_minutes, bookings, no_shows FROM reporting_site_days)
        UNION ALL
        (SELECT day, site_id, kind, morning_minutes, afternoon_minutes, bookings, no_shows FROM reporting_site_days
         WHERE bookings > 0 OR no_shows > 0
         EXCEPT SELECT day, site_id, kind, coalesce(morning_minutes, 0), coalesce(afternoon_minutes, 0), bookings, no_shows FROM recount)`);
      expect(differences).toEqual([]);
      const memberDifferences = await t.dataSource.query(`
        WITH recount AS (
          SELECT date_trunc('month', (reporting_booking_share(b.site_id, b.during)).day)::date AS month, b.site_id,
                 r.kind, b.user_id, count(*)::integer AS bookings
          FROM bookings b JOIN resources r ON r.id = b.resource_id
          WHERE b.user_id IS NOT NULL AND b.event_id IS NULL AND b.status IN ('confirmed', 'checked_in')
          GROUP BY 1, 2, 3, 4
        )
        (SELECT * FROM recount EXCEPT SELECT month, site_id, kind, user_id, bookings FROM reporting_site_month_members)
        UNION ALL
        (SELECT month, site_id, kind, user_id, bookings FROM reporting_site_month_members WHERE bookings > 0
         EXCEPT SELECT * FROM recount)`);
      expect(memberDifferences).toEqual([]);
      const [{ rows }] = await t.dataSource.query(`SELECT count(*)::integer AS rows FROM reporting_site_days`);
      expect(rows).toBeGreaterThan(5);
    });
  });

  describe('the monthly rollups and the members per site, EPCI, network and year', () => {
    /** The derived tables' live rows (counters above zero), in one order. */
    const derived = async () => {
      const tables: [string, string][] = [
        ['reporting_site_months', 'bookings > 0 OR no_shows > 0 OR morning_minutes > 0 OR afternoon_minutes > 0'],
        ['reporting_epci_months', 'bookings > 0 OR no_shows > 0 OR morning_minutes > 0 OR afternoon_minutes > 0'],
        ['reporting_member_site_months', 'kinds > 0'],
        ['reporting_site_month_counts', 'members > 0'],
        ['reporting_member_epci_months', 'sites > 0'],
        ['reporting_epci_month_counts', 'members > 0'],
        ['reporting_member_months', 'epcis > 0'],
        ['reporting_member_years', 'months > 0'],
      ];
      const snapshot: Record<string, unknown[]> = {};
      for (const [table, live] of tables) {
        snapshot[table] = await t.dataSource.query(`SELECT * FROM ${table} WHERE ${live} ORDER BY 1, 2, 3`);
      }
      return snapshot;
    };

    it('follow bookings, cancellations, closures, hours, a site archived and an account erased, as a rebuild would', async () => {
      const MAY = 'from=2026-05-01&to=2026-05-31';
      const site = await givenSite(t, admin, { name: 'Tiers-lieu de Mirande', communeCode: '32256' });
      const [{ epci }] = await t.dataSource.query(`SELECT epci_code AS epci FROM sites WHERE id = $1`, [site.id]);
      expect(epci).not.toBe(AUCH_EPCI);
      const desk = await givenResource(t, admin, site.id, { name: 'Poste M' });
      const room = await givenResource(t, admin, site.id, { name: 'Salle M', kind: 'meeting_room', capacity: 6 });
      const auchDesk = (
        await t.dataSource.query(`SELECT id FROM resources WHERE site_id = $1 AND name = 'Poste 1'`, [auch.id])
      )[0];
      const [a, b, c] = [await givenMember(t), await givenMember(t), await givenMember(t)];
      await givenBooking(t, a, { resourceId: desk.id, date: '2026-05-04', slot: 'full_day' });
      await givenBooking(t, a, {
        resourceId: room.id,
        start: '2026-05-04T14:00:00+02:00',
        end: '2026-05-04T15:00:00+02:00',
      });
      await givenBooking(t, a, { resourceId: auchDesk.id, date: '2026-05-05', slot: 'morning' });
      await givenBooking(t, b, { resourceId: desk.id, date: '2026-05-05', slot: 'full_day' });
      await givenBooking(t, b, { resourceId: desk.id, date: '2026-05-06', slot: 'morning' });
      const cBooking = await givenBooking(t, c, { resourceId: desk.id, date: '2026-05-07', slot: 'full_day' });

      /** [key, bookings, uniqueMembers] of each row, and the totals' members. */
      const figures = async (query: string) => {
        const { body } = await get(admin, `occupancy?${query}`).expect(200);
        return {
          // Other sites' rows of capacity alone are left out.
          rows: body.rows
            .filter((row: { bookings: number; uniqueMembers: number }) => row.bookings > 0 || row.uniqueMembers > 0)
            .map((row: { key: string; bookings: number; uniqueMembers: number }) => [
              row.key,
              row.bookings,
              row.uniqueMembers,
            ]),
          members: body.totals.uniqueMembers,
        };
      };
      const mayBySite = async () => (await figures(`${MAY}&groupBy=site`)).rows;
      const sorted = (rows: unknown[][]) => rows.sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1));
      expect(await mayBySite()).toEqual(
        sorted([
          [auch.id, 1, 1],
          [site.id, 5, 3],
        ]),
      );
      expect(await figures(`${MAY}&groupBy=epci,month`)).toEqual({
        rows: sorted([
          [`${AUCH_EPCI},2026-05`, 1, 1],
          [`${epci},2026-05`, 5, 3],
        ]),
        members: 3,
      });
      // Three months, no month grouping: distinct people over the months of each EPCI (March at Auch: six).
      const quarter = await figures(`from=2026-03-01&to=2026-05-31&groupBy=epci`);
      expect(quarter.rows.find((row: string[]) => row[0] === AUCH_EPCI)).toEqual([AUCH_EPCI, 10, 7]);
      expect((await figures(`from=2026-01-01&to=2026-12-31&groupBy=month`)).members).toBe(10);

      // c cancels: gone from May. A closure on 6 May cancels b's morning; b still came on the 5th.
      await t.http.post(`/api/v1/bookings/${cBooking.id}/cancel`).set('Authorization', c.bearer).expect(200);
      await t.http
        .post(`/api/v1/sites/${site.id}/closures`)
        .set('Authorization', admin.bearer)
        .send({ date: '2026-05-06', reason: 'Inventaire' })
        .expect(201);
      expect(await mayBySite()).toEqual(
        sorted([
          [auch.id, 1, 1],
          [site.id, 3, 2],
        ]),
      );
      // New hours: the site is recounted, its people with it.
      const longDay = [['08:00', '19:00']];
      await t.http
        .patch(`/api/v1/sites/${site.id}`)
        .set('Authorization', admin.bearer)
        .send({
          openingHours: { mon: longDay, tue: longDay, wed: longDay, thu: longDay, fri: longDay, sat: [], sun: [] },
        })
        .expect(200);
      expect(await figures(`${MAY}&groupBy=month`)).toEqual({ rows: [['2026-05', 4, 2]], members: 2 });

      // Archived, the site leaves the network's figures (and its EPCI's); named, it still has its own.
      await t.http
        .patch(`/api/v1/sites/${site.id}`)
        .set('Authorization', admin.bearer)
        .send({ status: 'archived' })
        .expect(200);
      expect(await figures(`${MAY}&groupBy=epci,month`)).toEqual({
        rows: [[`${AUCH_EPCI},2026-05`, 1, 1]],
        members: 1,
      });
      expect((await figures(`${MAY}&groupBy=site&siteId=${site.id}`)).rows).toEqual([[site.id, 3, 2]]);
      await t.http
        .patch(`/api/v1/sites/${site.id}`)
        .set('Authorization', admin.bearer)
        .send({ status: 'published' })
        .expect(200);
      expect((await figures(`${MAY}&groupBy=epci,month`)).members).toBe(2);

      // On 8 May b erases their account: their past booking stays as an anonymous figure, they are no longer
      // a member (their rows go with the account).
      const today = clock.now();
      clock.set(new Date('2026-05-08T08:00:00Z'));
      await t.http
        .delete('/api/v1/me')
        .set('Authorization', (await signedInAgain(t, b)).bearer)
        .expect(204);
      clock.set(today);
      expect(await figures(`${MAY}&groupBy=epci,month`)).toEqual({
        rows: sorted([
          [`${AUCH_EPCI},2026-05`, 1, 1],
          [`${epci},2026-05`, 3, 1],
        ]),
        members: 1,
      });

      // Moved to a commune of Auch's EPCI (Pavie), the site's booked time and people move with it (a, at
      // both sites, counts once); the network's EPCI × month (from the EPCI rollup) then equals the sum of the
      // sites' own rows.
      await t.http
        .patch(`/api/v1/sites/${site.id}`)
        .set('Authorization', admin.bearer)
        .send({ communeCode: '32307' })
        .expect(200);
      expect(await figures(`${MAY}&groupBy=epci,month`)).toEqual({
        rows: [[`${AUCH_EPCI},2026-05`, 4, 1]],
        members: 1,
      });
      const byEpci = await get(admin, `occupancy?${MAY}&groupBy=epci,month`).expect(200);
      const bySite = await get(admin, `occupancy?${MAY}&groupBy=site`).expect(200);
      const auchEpci = byEpci.body.rows.find((row: { key: string }) => row.key === `${AUCH_EPCI},2026-05`);
      const ofAuchEpci = bySite.body.rows.filter((row: { key: string }) => [auch.id, site.id].includes(row.key));
      const total = (rows: { bookedHours: number }[]) => rows.reduce((sum, row) => sum + row.bookedHours, 0);
      expect(auchEpci.bookedHours).toBeGreaterThan(0);
      expect(auchEpci.bookedHours).toBeCloseTo(total(ofAuchEpci), 2);

      // Whatever happened above, the triggers' rows are what a rebuild from the two base tables makes.
      const kept = await derived();
      await t.dataSource.query(`SELECT reporting_rebuild_monthly()`);
      expect(await derived()).toEqual(kept);
      expect(kept['reporting_member_years'].length).toBeGreaterThan(5);
    });
  });

  describe('validation', () => {
    it('answers 400 naming the field', async () => {
      const cases: [string, string][] = [
        ['occupancy?to=2026-03-31', 'from'],
        ['occupancy?from=2026-03-31&to=2026-03-01', 'to'],
        ['occupancy?from=2020-01-01&to=2026-12-31', 'to'],
        ['occupancy?from=2026-02-30&to=2026-03-31', 'from'],
        [`occupancy?${PERIOD}&groupBy=resource`, 'groupBy'],
        [`occupancy?${PERIOD}&groupBy=site,month,day`, 'groupBy'],
        [`occupancy?${PERIOD}&groupBy=site,site`, 'groupBy'],
        [`occupancy?${PERIOD}&kind=sofa`, 'kind'],
        [`occupancy?${PERIOD}&format=xlsx`, 'format'],
        [`occupancy?${PERIOD}&siteId=auch`, 'siteId'],
        [`telework-days?${PERIOD}&groupBy=kind`, 'groupBy'],
        [`events?${PERIOD}&groupBy=weekday`, 'groupBy'],
        ['export?from=2026-03-01', 'to'],
      ];
      for (const [path, field] of cases) {
        const response = await get(admin, path).expect(400);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      }
    });
  });
});
