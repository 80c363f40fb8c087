import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotFound } from '../../common/problem/domain-error';
import { renderSafeMarkdown } from '../../common/text/safe-markdown';
import { AppConfig, ConfigError } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

/** The documents a French public service owes its users, one Markdown file each per language. */
export const LEGAL_PAGES = ['accessibility', 'privacy', 'legal-notice'] as const;
export type LegalPageName = (typeof LEGAL_PAGES)[number];

export const LEGAL_LANGUAGES = ['fr', 'en'] as const;
export type LegalLanguage = (typeof LEGAL_LANGUAGES)[number];

export function isLegalPage(name: string): name is LegalPageName {
  return (LEGAL_PAGES as readonly string[]).includes(name);
}

export interface LegalPage {
  page: LegalPageName;
  lang: LegalLanguage;
  title: string;
  html: string;
}

const TITLE = /^#[ \t]+(.+?)[ \t]*#*[ \t]*$/;

/**
 * A page's title is its first line, a level-one heading (`# Déclaration d'accessibilité`), shown as the page's
 * `h1`; the rest goes through the hosts' safe Markdown with headings as written (`##` is an `h2`). Undefined
 * when the file does not start with a title.
 */
export function parseLegalPage(markdown: string): { title: string; html: string } | undefined {
  const lines = markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const title = first === -1 ? null : TITLE.exec(lines[first].trim());
  if (!title) return undefined;
  return { title: title[1], html: renderSafeMarkdown(lines.slice(first + 1).join('\n'), { headingOffset: 0 }) };
}

/**
 * Reads the legal pages from `LEGAL_CONTENT_DIR` (`<dir>/<lang>/<page>.md`). Each request reads its file
 * afresh, so that the agency's edits show without a restart (a few kilobytes, rarely asked for); start-up
 * checks that all six files are there and titled, so that a wrong folder stops the API at once rather than
 * leaving a footer link to a 404.
 */
@Injectable()
export class LegalPages implements OnModuleInit {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit(): void {
    for (const lang of LEGAL_LANGUAGES) {
      for (const page of LEGAL_PAGES) {
        const path = this.pathOf(page, lang);
        let markdown: string;
        try {
          markdown = readFileSync(path, 'utf8');
        } catch {
          throw new ConfigError(
            'LEGAL_CONTENT_DIR',
            `LEGAL_CONTENT_DIR must hold ${lang}/${page}.md; ${path} cannot be read.`,
          );
        }
        if (!parseLegalPage(markdown)) {
          throw new ConfigError(
            'LEGAL_CONTENT_DIR',
            `${path} (LEGAL_CONTENT_DIR) must start with its title as a "# " heading.`,
          );
        }
      }
    }
  }

  async read(page: string, lang: LegalLanguage): Promise<LegalPage> {
    if (!isLegalPage(page)) throw new NotFound('Legal page', page);
    const parsed = parseLegalPage(await readFile(this.pathOf(page, lang), 'utf8'));
    // Checked at start-up; a file emptied since then is the agency's edit in progress, not a client error.
    if (!parsed) throw new Error(`${this.pathOf(page, lang)} no longer starts with a "# " title`);
    return { page, lang, ...parsed };
  }

  private pathOf(page: LegalPageName, lang: LegalLanguage): string {
    return join(this.config.legalContentDir, lang, `${page}.md`);
  }
}
