import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NotFound } from '../../common/problem/domain-error';
import { AppConfig, ConfigError } from '../../config/app-config';
import { LEGAL_LANGUAGES, LEGAL_PAGES, LegalPages, parseLegalPage } from './legal-pages';

function pagesIn(dir: string): LegalPages {
  return new LegalPages({ legalContentDir: dir } as AppConfig);
}

function writeAll(dir: string): void {
  for (const lang of LEGAL_LANGUAGES) {
    mkdirSync(join(dir, lang), { recursive: true });
    for (const page of LEGAL_PAGES) writeFileSync(join(dir, lang, `${page}.md`), `# ${page} ${lang}\n\nTexte.\n`);
  }
}

describe('parseLegalPage', () => {
  it('takes the first "# " heading as the title and renders the rest with headings as written', () => {
    expect(
      parseLegalPage('\uFEFF\n# Mentions légales\r\n\r\n## Éditeur\r\n\r\nL’agence **[À COMPLÉTER]**.\r\n'),
    ).toEqual({
      title: 'Mentions légales',
      html: '<h2>Éditeur</h2>\n<p>L’agence <strong>[À COMPLÉTER]</strong>.</p>',
    });
  });

  it('keeps the page safe: raw HTML is text and only http(s) and mailto links are links', () => {
    const page = parseLegalPage('# T\n\n<script>alert(1)</script> [dpo](mailto:dpo@example.fr) [x](javascript:void)');
    expect(page?.html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; ' +
        '<a href="mailto:dpo@example.fr" rel="nofollow noopener noreferrer">dpo</a> x</p>',
    );
  });

  it('refuses a text that does not start with its title', () => {
    expect(parseLegalPage('## Section\n\n# Titre')).toBeUndefined();
    expect(parseLegalPage('Texte')).toBeUndefined();
    expect(parseLegalPage('')).toBeUndefined();
  });
});

describe('LegalPages', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bastide-legal-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops start-up naming LEGAL_CONTENT_DIR when a page is missing, then when one has no title', () => {
    const missing = mkdtempSync(join(dir, 'missing-'));
    let error: unknown;
    try {
      pagesIn(missing).onModuleInit();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('LEGAL_CONTENT_DIR');
    expect((error as ConfigError).message).toContain('fr/accessibility.md');

    writeAll(missing);
    writeFileSync(join(missing, 'en', 'privacy.md'), 'No title here.\n');
    expect(() => pagesIn(missing).onModuleInit()).toThrow(/en\/privacy\.md \(LEGAL_CONTENT_DIR\) must start with/);
  });

  it('reads the file afresh on each request, so that an edit shows without a restart', async () => {
    const full = mkdtempSync(join(dir, 'full-'));
    writeAll(full);
    const pages = pagesIn(full);
    pages.onModuleInit();
    await expect(pages.read('privacy', 'en')).resolves.toEqual({
      page: 'privacy',
      lang: 'en',
      title: 'privacy en',
      html: '<p>Texte.</p>',
    });
    writeFileSync(join(full, 'en', 'privacy.md'), '# Privacy notice\n\nUpdated.');
    await expect(pages.read('privacy', 'en')).resolves.toMatchObject({
      title: 'Privacy notice',
      html: '<p>Updated.</p>',
    });
  });

  it('answers an unknown page, or a path, as not found without touching the disk', async () => {
    const pages = pagesIn(dir);
    await expect(pages.read('cookies', 'fr')).rejects.toBeInstanceOf(NotFound);
    await expect(pages.read('../../package.json', 'fr')).rejects.toBeInstanceOf(NotFound);
  });

  it('finds every shipped page titled, in both languages', async () => {
    // Jest runs from the repository root, as `npm start` does.
    const shipped = pagesIn(resolve('content/legal'));
    shipped.onModuleInit();
    await expect(shipped.read('accessibility', 'fr')).resolves.toMatchObject({ title: 'Déclaration d’accessibilité' });
    await expect(shipped.read('legal-notice', 'en')).resolves.toMatchObject({ title: 'Legal notice' });
  });
});
