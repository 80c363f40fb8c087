import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenNewcomer } from '../../testing/newcomers-fixtures';
import { givenHost, givenSite } from '../../testing/sites-fixtures';
import { createTestApp, TestApp } from '../../testing/test-app';

const NOW = new Date('2026-01-05T10:00:00Z');
const AUCH = '32013';
const FLEURANCE = '32132';
const AUCH_EPCI = '200066926';
const FLEURANCE_EPCI = '243200391';
const PERIOD = 'from=2026-01-01&to=2027-12-31';

/** Settled newcomers per EPCI and year of settling, from the Soho Solo files. */
describe('reports: settled newcomers', () => {
  let t: TestApp;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let epciNames: Record<string, string>;

  /** An officer signed in at `instant` (tokens are short-lived) changes the file then. */
  const changeAt = async (instant: string, file: { id: string }, change: Record<string, unknown>) => {
    clock.set(new Date(instant));
    const officer = await givenAdmin(t);
    await t.http.patch(`/api/v1/newcomers/${file.id}`).set('Authorization', officer.bearer).send(change).expect(200);
    return officer;
  };
  const report = (who: TestAccount, query: string) =>
    t.http.get(`/api/v1/reports/newcomers?${query}`).set('Authorization', who.bearer);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    const rows: { code: string; name: string }[] = await t.dataSource.query(
      `SELECT code, name FROM epcis WHERE code = ANY($1)`,
      [[AUCH_EPCI, FLEURANCE_EPCI]],
    );
    epciNames = Object.fromEntries(rows.map((row) => [row.code, row.name]));

    // Welcome commune Auch, settled in March 2026.
    await changeAt('2026-03-10T09:00:00Z', await givenNewcomer(t), { status: 'settled', welcomeCommuneCode: AUCH });
    // No welcome commune: the wished one (Fleurance) counts.
    await changeAt('2026-06-01T09:00:00Z', await givenNewcomer(t, { wishedCommuneCode: FLEURANCE }), {
      status: 'settled',
    });
    // Welcome commune (Fleurance) before the wished one (Auch); settled in 2027.
    await changeAt('2027-01-20T09:00:00Z', await givenNewcomer(t, { wishedCommuneCode: AUCH }), {
      status: 'settled',
      welcomeCommuneCode: FLEURANCE,
    });
    // Neither: no EPCI.
    await changeAt('2026-05-02T09:00:00Z', await givenNewcomer(t), { status: 'settled' });
    // Settled, then back to visiting: not settled any more.
    const back = await givenNewcomer(t, { wishedCommuneCode: AUCH });
    await changeAt('2026-04-01T09:00:00Z', back, { status: 'settled' });
    await changeAt('2026-04-02T09:00:00Z', back, { status: 'visiting' });
    // Settled, then erased at their request: anonymised, still counted.
    const erased = await givenNewcomer(t);
    const officer = await changeAt('2026-04-10T09:00:00Z', erased, { status: 'settled', welcomeCommuneCode: AUCH });
    await t.http.delete(`/api/v1/newcomers/${erased.id}`).set('Authorization', officer.bearer).expect(204);
    // 31 December 2025 at 23:30 in Paris: 2025, before the period.
    await changeAt('2025-12-31T22:30:00Z', await givenNewcomer(t), { status: 'settled', welcomeCommuneCode: AUCH });
    // 1 January 2026 at 00:30 in Paris (still 2025 in UTC): 2026.
    await changeAt('2025-12-31T23:30:00Z', await givenNewcomer(t), { status: 'settled', welcomeCommuneCode: AUCH });
    // Never settled.
    await givenNewcomer(t, { wishedCommuneCode: AUCH });

    clock.set(NOW);
    admin = await givenAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts per EPCI and year of settling (Paris), welcome commune first, by default and with groupBy=epci,year', async () => {
    const expected = [
      { key: `${AUCH_EPCI},2026`, label: `${epciNames[AUCH_EPCI]} · 2026`, settled: 3 },
      { key: `${FLEURANCE_EPCI},2026`, label: `${epciNames[FLEURANCE_EPCI]} · 2026`, settled: 1 },
      { key: `${FLEURANCE_EPCI},2027`, label: `${epciNames[FLEURANCE_EPCI]} · 2027`, settled: 1 },
      { key: 'none,2026', label: 'EPCI inconnu · 2026', settled: 1 },
    ];
    const byDefault = await report(admin, PERIOD).expect(200);
    expect(byDefault.body).toEqual({ rows: expected, totals: { settled: 6 } });
    const explicit = await report(admin, `${PERIOD}&groupBy=epci,year`).expect(200);
    expect(explicit.body.rows).toEqual(expected);
  });

  it('groups by one dimension or the other way round, and narrows to the period', async () => {
    const years = await report(admin, `${PERIOD}&groupBy=year`).expect(200);
    expect(years.body.rows).toEqual([
      { key: '2026', label: '2026', settled: 5 },
      { key: '2027', label: '2027', settled: 1 },
    ]);
    const epcis = await report(admin, `${PERIOD}&groupBy=epci`).expect(200);
    expect(epcis.body.rows.map((row: { key: string; settled: number }) => [row.key, row.settled])).toEqual([
      [AUCH_EPCI, 3],
      [FLEURANCE_EPCI, 2],
      ['none', 1],
    ]);
    const yearFirst = await report(admin, `${PERIOD}&groupBy=year,epci`).expect(200);
    expect(yearFirst.body.rows.map((row: { key: string }) => row.key)).toEqual([
      `2026,${AUCH_EPCI}`,
      `2026,${FLEURANCE_EPCI}`,
      '2026,none',
      `2027,${FLEURANCE_EPCI}`,
    ]);
    const lastDayOf2025 = await report(admin, 'from=2025-12-31&to=2025-12-31').expect(200);
    expect(lastDayOf2025.body).toEqual({
      rows: [{ key: `${AUCH_EPCI},2025`, label: `${epciNames[AUCH_EPCI]} · 2025`, settled: 1 }],
      totals: { settled: 1 },
    });
    const empty = await report(admin, 'from=2028-01-01&to=2028-12-31').expect(200);
    expect(empty.body).toEqual({ rows: [], totals: { settled: 0 } });
  });

  it('answers CSV like the other reports', async () => {
    const csv = await report(admin, `${PERIOD}&groupBy=year&format=csv&decimal=comma`).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="newcomers-2026-01-01-2027-12-31.csv"');
    expect(csv.text).toBe('\uFEFF"key";"label";"settled"\r\n"2026";"2026";5\r\n"2027";"2027";1\r\n');
  });

  it('is in the officers’ export of the period, as newcomers-epci-year.csv', async () => {
    const response = await t.http
      .get(`/api/v1/reports/export?${PERIOD}&decimal=comma`)
      .set('Authorization', admin.bearer)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const files = unzipSync(new Uint8Array(response.body as Buffer));
    expect(strFromU8(files['newcomers-epci-year.csv'])).toBe(
      // As the zip's other files: no byte-order mark inside the archive.
      '"key";"label";"settled"\r\n' +
        `"${AUCH_EPCI},2026";"${epciNames[AUCH_EPCI]} · 2026";3\r\n` +
        `"${FLEURANCE_EPCI},2026";"${epciNames[FLEURANCE_EPCI]} · 2026";1\r\n` +
        `"${FLEURANCE_EPCI},2027";"${epciNames[FLEURANCE_EPCI]} · 2027";1\r\n` +
        '"none,2026";"EPCI inconnu · 2026";1\r\n',
    );
  });

  it('is for officers only: anonymous 401, members and hosts 403', async () => {
    const member = await givenMember(t);
    const site = await givenSite(t, admin, { name: 'Tiers-lieu d’Auch' });
    const host = await givenHost(t, admin, site.id);
    await t.http.get(`/api/v1/reports/newcomers?${PERIOD}`).expect(401);
    for (const who of [member, host]) {
      const refused = await report(who, PERIOD).expect(403);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('refuses a bad grouping or period with 400 naming the field', async () => {
    const fieldsOf = async (query: string) =>
      (await report(admin, query).expect(400)).body.errors.map((e: { field: string }) => e.field);
    expect(await fieldsOf(`${PERIOD}&groupBy=site`)).toEqual(['groupBy']);
    expect(await fieldsOf(`${PERIOD}&groupBy=year,year`)).toEqual(['groupBy']);
    expect(await fieldsOf('from=2027-01-01&to=2026-01-01')).toEqual(['to']);
    expect(await fieldsOf('to=2026-01-01')).toEqual(['from']);
    expect(await fieldsOf(`${PERIOD}&format=xlsx`)).toEqual(['format']);
  });
});
