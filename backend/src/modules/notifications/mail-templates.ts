import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { renderSafeMarkdown } from '../../common/text/safe-markdown';
import type { Locale } from '../identity/entities/user.entity';

/**
 * The wording of every e-mail lives in files, one per mail and language, beside the module that sends it:
 * `modules/<module>/mail/<name>.<locale>.hbs`, named `<module>/<name>` by the code. A file reads like
 * the mail itself, so that someone who does not read TypeScript can reword it:
 *
 * ```
 * subject: Réservation confirmée : {{siteName}}
 * ---
 * Bonjour {{firstName}},
 *
 * Votre réservation est confirmée : {{what}}, {{when}}.
 *
 * {{#if access}}
 * **Pour entrer :**
 * {{lines access}}
 * {{/if}}
 *
 * [Voir mes réservations]({{links.bookings}})
 * ```
 *
 * Paragraphs are separated by blank lines; a line holding only a `{{#…}}`, `{{else}}` or `{{/…}}` tag
 * stands between paragraphs; `**bold**`, `[label](url)` and paragraphs of `- ` items are the only
 * markup. A paragraph of only `{{markdown x}}` shows a host's own text (an announcement) through the
 * safe Markdown of `common/text`, and that text as written in the plain part. Both the HTML and the plain-text part are made from the same file, so they cannot say different
 * things. The markup is read from the file only, never from the data: a site's name containing `**` or a
 * link stays text, and HTML escaping applies to every value.
 */

/** What the code gives every template besides its own data. */
export interface MailFrame {
  publicUrl: string;
  links: Record<string, string>;
  /**
   * The footer's "because you have an account" does not hold for someone without one (a newcomer who wrote
   * through the Soho Solo form): their mail's data sets `noAccount: true`; every other mail gets `false` here,
   * so that the strict templates need no change.
   */
  noAccount: boolean;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface CompiledTemplate {
  subject: HandlebarsTemplateDelegate;
  html: HandlebarsTemplateDelegate;
  text: HandlebarsTemplateDelegate;
}

const BLOCK_TAG = /^\{\{\s*([#^/]|else\b)[^}]*\}\}$/;
const EACH_OPEN = /^\{\{\s*#each\b[^}]*\}\}$/;
const EACH_CLOSE = /^\{\{\s*\/each\s*\}\}$/;
const MARKDOWN_VALUE = /^\{\{\s*markdown\s+[^}]+\}\}$/;
const MUSTACHE = /(\{\{\{?[^}]*\}?\}\})/;
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;
const BOLD = /\*\*(.+?)\*\*/g;

const LOCALES: readonly Locale[] = ['fr', 'en'];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the file's own literal text for HTML, leaving `{{…}}` to Handlebars (which escapes values). */
function escapeLiteral(line: string): string {
  return line
    .split(MUSTACHE)
    .map((part, i) => (i % 2 ? part : part.replace(/[&<>"']/g, (c) => ESCAPES[c])))
    .join('');
}

function htmlInline(line: string): string {
  return escapeLiteral(line).replace(LINK, '<a href="$2">$1</a>').replace(BOLD, '<strong>$1</strong>');
}

function textInline(line: string, locale: Locale): string {
  const colon = locale === 'fr' ? ' : ' : ': ';
  return line.replace(LINK, `$1${colon}$2`).replace(BOLD, '$1');
}

type Piece = { tag: string } | { lines: string[] };

/** Splits a body into paragraphs and stand-alone block tags. */
function pieces(body: string): Piece[] {
  const out: Piece[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length) out.push({ lines: paragraph });
    paragraph = [];
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) flush();
    else if (BLOCK_TAG.test(line)) {
      flush();
      out.push({ tag: line });
    } else paragraph.push(line);
  }
  flush();
  return out;
}

const isList = (lines: string[]): boolean => lines.every((l) => l.startsWith('- '));

function htmlBody(body: string): string {
  const parts = pieces(body);
  const html: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if ('tag' in part) {
      // `{{#each}}` around a single list paragraph makes one list, not one list per item.
      const item = parts[i + 1];
      const close = parts[i + 2];
      if (EACH_OPEN.test(part.tag) && item && 'lines' in item && isList(item.lines) && close && 'tag' in close) {
        if (EACH_CLOSE.test(close.tag)) {
          const items = item.lines.map((l) => `<li>${htmlInline(l.slice(2))}</li>`).join('');
          html.push(`<ul>${part.tag}${items}${close.tag}</ul>`);
          i += 2;
          continue;
        }
      }
      html.push(part.tag);
    } else if (isList(part.lines)) {
      html.push(`<ul>${part.lines.map((l) => `<li>${htmlInline(l.slice(2))}</li>`).join('')}</ul>`);
    } else if (part.lines.length === 1 && MARKDOWN_VALUE.test(part.lines[0])) {
      // Rendered Markdown is made of its own blocks: a paragraph around it would not be valid HTML.
      html.push(part.lines[0]);
    } else if (part.lines.length === 1 && /^\[[^\]]+\]\([^)\s]+\)$/.test(part.lines[0])) {
      // A paragraph that is only a link is the mail's call to action: shown as a button.
      html.push(`<p class="action">${htmlInline(part.lines[0]).replace('<a ', '<a class="button" ')}</p>`);
    } else {
      html.push(`<p>${part.lines.map(htmlInline).join('<br>')}</p>`);
    }
  }
  return html.join('\n');
}

function textBody(body: string, locale: Locale): string {
  const parts = pieces(body);
  return parts
    .map((part, i) => {
      const before = parts[i - 1];
      if ('tag' in part) {
        // The items of an each block are lines of one list: the blank line comes after the block.
        const closesList = EACH_CLOSE.test(part.tag) && before && 'lines' in before && isList(before.lines);
        return closesList ? `${part.tag}\n` : part.tag;
      }
      const text = part.lines.map((l) => textInline(l, locale)).join('\n');
      const inEach = before && 'tag' in before && EACH_OPEN.test(before.tag) && isList(part.lines);
      return inEach ? `${text}\n` : `${text}\n\n`;
    })
    .join('');
}

/** Reads `subject: …` lines above `---`, and the body below it. */
function parseFile(source: string, file: string): { subject: string; body: string } {
  const match = /^([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  const subject = match && /^subject:\s*(.+)$/m.exec(match[1]);
  if (!match || !subject) throw new Error(`${file}: a mail template starts with "subject: …" then a line "---"`);
  return { subject: subject[1].trim(), body: match[2] };
}

/**
 * The modules folder, where each module keeps its `mail/`. The build (`npm run build:api`) copies the
 * template files next to the compiled code; under Jest, which runs the sources as ES modules without
 * `__dirname`, they are read from the source tree.
 */
function modulesDir(): string {
  return typeof __dirname === 'string' ? join(__dirname, '..') : join(process.cwd(), 'backend', 'src', 'modules');
}

@Injectable()
export class MailTemplates implements OnModuleInit {
  private readonly compiled = new Map<string, CompiledTemplate>();
  private readonly layouts = new Map<Locale, { html: HandlebarsTemplateDelegate; footer: CompiledTemplate }>();
  private readonly htmlEngine = Handlebars.create();
  private readonly textEngine = Handlebars.create();
  protected readonly dir: string = modulesDir();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // `{{lines x}}`: a value written on several lines (access instructions) keeps its line breaks.
    this.htmlEngine.registerHelper('lines', (value: unknown) => {
      const escaped = this.htmlEngine.escapeExpression(String(value ?? ''));
      return new this.htmlEngine.SafeString(escaped.replace(/\r?\n/g, '<br>'));
    });
    this.textEngine.registerHelper('lines', (value: unknown) => String(value ?? ''));
    this.htmlEngine.registerHelper(
      'markdown',
      (value: unknown) => new this.htmlEngine.SafeString(renderSafeMarkdown(String(value ?? ''))),
    );
    this.textEngine.registerHelper('markdown', (value: unknown) => String(value ?? '').trim());
  }

  /**
   * The mail `name` (`booking/confirmed`) in `locale`, inside the network's layout, with `data` and the
   * links every mail may use (`links.home`, `links.bookings`, `links.events`, `links.notifications`).
   */
  render(name: string, locale: Locale, data: object): RenderedMail {
    const frame: MailFrame = { publicUrl: this.config.publicUrl, links: this.links(), noAccount: false };
    const context = { ...frame, ...data, links: { ...frame.links, ...(data as { links?: object }).links } };
    const template = this.template(name, locale);
    const layout = this.layout(locale);
    const subject = template.subject(context).replace(/\s+/g, ' ').trim();
    const body = { html: template.html(context), text: tidyText(template.text(context)) };
    const footer = { html: layout.footer.html(context), text: tidyText(layout.footer.text(context)) };
    return {
      subject,
      text: `${body.text}\n\n-- \n${footer.text}\n`,
      html: layout.html({ ...context, subject, lang: locale, body: body.html, footer: footer.html }),
    };
  }

  /** Start-up fails, rather than the mail at 18:00, when a template is malformed or lacks a language. */
  onModuleInit(): void {
    this.check(this.allNames());
  }

  check(names: readonly string[]): void {
    for (const locale of LOCALES) {
      this.layout(locale);
      for (const name of names) this.template(name, locale);
    }
  }

  /** Every `<module>/<mail>` that has a file in some language. */
  private allNames(): string[] {
    const names = new Set<string>();
    for (const module of readdirSync(this.dir)) {
      const folder = join(this.dir, module, 'mail');
      if (module === 'notifications' || !existsSync(folder)) continue;
      for (const file of readdirSync(folder)) {
        const match = /^([a-z-]+)\.[a-z]{2}\.hbs$/.exec(file);
        if (match) names.add(`${module}/${match[1]}`);
      }
    }
    return [...names];
  }

  private links(): Record<string, string> {
    const base = this.config.publicUrl;
    return {
      home: `${base}/`,
      bookings: `${base}/mon-espace/reservations`,
      book: `${base}/mon-espace/reserver`,
      events: `${base}/mon-espace/evenements`,
      notifications: `${base}/mon-espace/notifications`,
      host: `${base}/hote`,
    };
  }

  private template(name: string, locale: Locale): CompiledTemplate {
    const key = `${name}.${locale}`;
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const [module, mail] = name.split('/');
    if (!module || !mail || !/^[a-z-]+$/.test(module) || !/^[a-z-]+$/.test(mail)) {
      throw new Error(`Mail template names read "<module>/<mail>"; got "${name}"`);
    }
    const compiled = this.compileFile(join(this.dir, module, 'mail', `${mail}.${locale}.hbs`), locale);
    this.compiled.set(key, compiled);
    return compiled;
  }

  private compileFile(file: string, locale: Locale): CompiledTemplate {
    if (!existsSync(file)) throw new Error(`Mail template ${file} is missing`);
    const { subject, body } = parseFile(readFileSync(file, 'utf8'), file);
    const options = { strict: true, ignoreStandalone: true };
    return {
      subject: this.textEngine.compile(subject, { ...options, noEscape: true }),
      html: this.htmlEngine.compile(htmlBody(body), options),
      text: this.textEngine.compile(textBody(body, locale), { ...options, noEscape: true }),
    };
  }

  private layout(locale: Locale): { html: HandlebarsTemplateDelegate; footer: CompiledTemplate } {
    const cached = this.layouts.get(locale);
    if (cached) return cached;
    const dir = join(this.dir, 'notifications', 'mail');
    const layout = {
      html: this.htmlEngine.compile(readFileSync(join(dir, 'layout.html.hbs'), 'utf8'), { strict: true }),
      footer: this.compileFile(join(dir, `footer.${locale}.hbs`), locale),
    };
    this.layouts.set(locale, layout);
    return layout;
  }
}

/** At most one blank line between paragraphs, none at the ends. */
function tidyText(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
