import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, TestApp } from '../../testing/test-app';

describe('territory reference data over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('places Auch in the Grand Auch Cœur de Gascogne agglomeration', async () => {
    const response = await t.http.get('/api/v1/territory/communes').query({ department: '32', q: 'Auch' }).expect(200);
    expect(response.body.items[0]).toEqual({
      code: '32013',
      name: 'Auch',
      postalCodes: ['32000'],
      epciCode: '200066926',
      epciName: expect.stringMatching(/Grand Auch/),
      population: expect.any(Number),
    });
  });

  it('lists the EPCI of the Gers, at least fifteen, each with its communes and population', async () => {
    const response = await t.http.get('/api/v1/territory/epcis').query({ department: '32', limit: 100 }).expect(200);
    expect(response.body.total).toBeGreaterThanOrEqual(15);
    expect(response.body.items).toHaveLength(response.body.total);
    const grandAuch = response.body.items.find((e: { code: string }) => e.code === '200066926');
    expect(grandAuch).toMatchObject({ communeCount: expect.any(Number), population: expect.any(Number) });
    expect(grandAuch.communeCount).toBeGreaterThan(10);
  });

  it('holds every French commune, Toulouse included, for members who live outside the Gers', async () => {
    const response = await t.http.get('/api/v1/territory/communes').query({ q: 'toulouse', limit: 1 }).expect(200);
    expect(response.body.items[0]).toMatchObject({ code: '31555', name: 'Toulouse' });
    const all = await t.http.get('/api/v1/territory/communes').query({ limit: 1 }).expect(200);
    expect(all.body.total).toBeGreaterThan(34_000);
  });

  it('finds names without their accents, hyphens or apostrophes, and by postal code', async () => {
    const byName = await t.http
      .get('/api/v1/territory/communes')
      .query({ department: '32', q: 'isle jourdain' })
      .expect(200);
    expect(byName.body.items.map((c: { name: string }) => c.name)).toContain("L'Isle-Jourdain");
    const accent = await t.http.get('/api/v1/territory/communes').query({ department: '32', q: 'eauze' }).expect(200);
    expect(accent.body.items[0].name).toBe('Eauze');
    const postal = await t.http.get('/api/v1/territory/communes').query({ q: '32100' }).expect(200);
    expect(postal.body.items.map((c: { name: string }) => c.name)).toContain('Condom');
  });

  it('paginates with limit and offset and keeps the total', async () => {
    const first = await t.http.get('/api/v1/territory/communes').query({ department: '32', limit: 10 }).expect(200);
    const second = await t.http
      .get('/api/v1/territory/communes')
      .query({ department: '32', limit: 10, offset: 10 })
      .expect(200);
    expect(first.body.items).toHaveLength(10);
    expect(second.body.total).toBe(first.body.total);
    expect(first.body.total).toBeGreaterThan(400);
    expect(second.body.items[0].code).not.toBe(first.body.items[0].code);
    const past = await t.http.get('/api/v1/territory/communes').query({ department: '32', offset: 100000 }).expect(200);
    expect(past.body).toEqual({ items: [], total: first.body.total });
  });

  it('answers bad parameters with a 400 problem naming the field', async () => {
    const response = await t.http
      .get('/api/v1/territory/communes')
      .query({ department: 'Gers', limit: 'many' })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(new Set(response.body.errors.map((e: { field: string }) => e.field))).toEqual(
      new Set(['department', 'limit']),
    );
  });
});
