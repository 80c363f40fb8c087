import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../../testing/test-app';
import { LEGAL_LANGUAGES, LEGAL_PAGES } from './legal-pages';

describe('legal pages (GET /legal/{page})', () => {
  let t: TestApp;
  let ownTexts: TestApp;
  let dir: string;

  beforeAll(async () => {
    // A network that adopts Bastide points LEGAL_CONTENT_DIR at its own texts.
    dir = mkdtempSync(join(tmpdir(), 'bastide-legal-int-'));
    for (const lang of LEGAL_LANGUAGES) {
      mkdirSync(join(dir, lang));
      for (const page of LEGAL_PAGES) {
        writeFileSync(
          join(dir, lang, `${page}.md`),
          `# Réseau des Landes ${page} ${lang}\n\n## Contact\n\nÉcrire à [la DPO](mailto:dpo@landes.example).\n`,
        );
      }
    }
    [t, ownTexts] = await Promise.all([createTestApp(), createTestApp({ env: { LEGAL_CONTENT_DIR: dir } })]);
  });
  afterAll(async () => {
    await Promise.all([t?.close(), ownTexts?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the shipped accessibility statement in French to anyone, by default', async () => {
    const response = await t.http.get('/api/v1/legal/accessibility').expect(200);
    expect(response.body).toMatchObject({ page: 'accessibility', lang: 'fr', title: 'Déclaration d’accessibilité' });
    expect(response.body.html).toContain('<h2>État de conformité</h2>');
    expect(response.body.html).toContain('Libre réponse 71120, 75342 Paris CEDEX 07');
    expect(response.body.html).not.toMatch(/<h1|<script/);
  });

  it('serves the privacy notice and the legal notice in English', async () => {
    const privacy = await t.http.get('/api/v1/legal/privacy').query({ lang: 'en' }).expect(200);
    expect(privacy.body).toMatchObject({ page: 'privacy', lang: 'en', title: 'Privacy notice' });
    expect(privacy.body.html).toContain('3 years after the last exchange');
    const notice = await t.http.get('/api/v1/legal/legal-notice').query({ lang: 'en' }).expect(200);
    expect(notice.body).toMatchObject({ page: 'legal-notice', title: 'Legal notice' });
    expect(notice.body.html).toContain('EUPL-1.2');
  });

  it('answers an unknown page with a 404 problem+json', async () => {
    const response = await t.http.get('/api/v1/legal/cookies').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, detail: 'Legal page cookies not found.' });
  });

  it('answers a language other than fr and en with a 400 naming the field', async () => {
    const response = await t.http.get('/api/v1/legal/privacy').query({ lang: 'de' }).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual([{ field: 'lang', message: 'lang must be fr or en' }]);
  });

  it('serves the texts of LEGAL_CONTENT_DIR when it is set', async () => {
    const response = await ownTexts.http.get('/api/v1/legal/legal-notice').query({ lang: 'fr' }).expect(200);
    expect(response.body).toEqual({
      page: 'legal-notice',
      lang: 'fr',
      title: 'Réseau des Landes legal-notice fr',
      html:
        '<h2>Contact</h2>\n<p>Écrire à ' +
        '<a href="mailto:dpo@landes.example" rel="nofollow noopener noreferrer">la DPO</a>.</p>',
    });
  });

  it('documents the route as public in the OpenAPI document', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    const operation = response.body.paths['/api/v1/legal/{page}'].get;
    expect(operation.security ?? []).toEqual([]);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
  });
});
