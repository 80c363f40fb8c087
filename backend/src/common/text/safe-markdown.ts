/**
 * The small Markdown that hosts may write (event descriptions, announcements), rendered to HTML that is safe by construction: every
 * character of the source is escaped, and only the tags written below are ever produced. There is no raw
 * HTML pass-through and no attribute but a link's `href` (http, https or mailto only, re-serialised by the
 * URL parser) and a fixed `rel`; a `<script>` or a `javascript:` link in the source comes out as text.
 *
 * Supported: paragraphs (a single line break is kept as `<br>`), `#`–`###` headings (rendered `h3`–`h5`
 * under the page or mail title), `-`/`*` and `1.` lists, `>` quotes, `---` rules, `**bold**`, `*italic*`
 * or `_italic_`, `` `code` ``, `[text](https://…)` links and bare `https://…` addresses.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL re-serialised by the WHATWG parser, or undefined unless it is an absolute http(s) or mailto URL. */
export function safeLinkTarget(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

function link(href: string, innerHtml: string): string {
  return `<a href="${escapeHtml(href)}" rel="nofollow noopener noreferrer">${innerHtml}</a>`;
}

const LINK = /^\[([^\]\n]{1,500})\]\(([^()\s]{1,2000})\)/;
const BARE_URL = /^https?:\/\/[^\s<>"'`]{1,2000}/;
const ESCAPABLE = /[\\`*_[\]()#+\-.!>]/;

/** Inline spans of one block's text, escaped. */
function renderInline(text: string): string {
  let html = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const rest = text.slice(i);
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
      html += escapeHtml(text[i + 1]);
      i += 2;
      continue;
    }
    if (c === '\n') {
      html += '<br>';
      i += 1;
      continue;
    }
    if (c === '`') {
      const close = text.indexOf('`', i + 1);
      if (close > i + 1) {
        html += `<code>${escapeHtml(text.slice(i + 1, close))}</code>`;
        i = close + 1;
        continue;
      }
    }
    if (c === '[') {
      const match = LINK.exec(rest);
      if (match) {
        const target = safeLinkTarget(match[2]);
        const label = renderInline(match[1]);
        // A refused target keeps its words and loses the link.
        html += target ? link(target, label) : label;
        i += match[0].length;
        continue;
      }
    }
    if ((c === 'h' || c === 'H') && (i === 0 || /[\s(]/.test(text[i - 1]))) {
      const match = BARE_URL.exec(rest);
      if (match) {
        // Closing punctuation belongs to the sentence, not the address.
        const raw = match[0].replace(/[.,;:!?)]+$/, '');
        const target = safeLinkTarget(raw);
        if (target) {
          html += link(target, escapeHtml(raw));
          i += raw.length;
          continue;
        }
      }
    }
    if (c === '*' && text[i + 1] === '*') {
      const close = text.indexOf('**', i + 2);
      if (close > i + 2 && !/\s/.test(text[i + 2]) && !/\s/.test(text[close - 1])) {
        html += `<strong>${renderInline(text.slice(i + 2, close))}</strong>`;
        i = close + 2;
        continue;
      }
    }
    if ((c === '*' || c === '_') && i + 1 < text.length && !/\s/.test(text[i + 1])) {
      // `_` only at word edges, so that snake_case_words stay as they are.
      const opensWord = c === '*' || i === 0 || !/\w/.test(text[i - 1]);
      const close = findClosing(text, c, i + 1);
      if (opensWord && close > i + 1 && (c === '*' || close + 1 >= text.length || !/\w/.test(text[close + 1]))) {
        html += `<em>${renderInline(text.slice(i + 1, close))}</em>`;
        i = close + 1;
        continue;
      }
    }
    html += escapeHtml(c);
    i += 1;
  }
  return html;
}

/** The next single `marker` after `from` that is preceded by a non-space (not half of a `**`). */
function findClosing(text: string, marker: string, from: number): number {
  for (let j = text.indexOf(marker, from); j !== -1; j = text.indexOf(marker, j + 1)) {
    if (text[j + 1] === marker || text[j - 1] === marker) continue;
    if (!/\s/.test(text[j - 1])) return j;
  }
  return -1;
}

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const BULLET = /^[ \t]{0,3}[-*+][ \t]+(.*)$/;
const NUMBERED = /^[ \t]{0,3}\d{1,9}[.)][ \t]+(.*)$/;
const QUOTE = /^[ \t]{0,3}>[ \t]?(.*)$/;
const RULE = /^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;

type Block =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'rule' };

function blocksOf(source: string): Block[] {
  const blocks: Block[] = [];
  const last = () => blocks[blocks.length - 1];
  let open = false;
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) {
      open = false;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      open = false;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      open = false;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = !bullet;
      const item = (bullet ?? numbered)![1];
      const current = last();
      if (open && current?.kind === 'list' && current.ordered === ordered) current.items.push(item);
      else blocks.push({ kind: 'list', ordered, items: [item] });
      open = true;
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      const current = last();
      if (open && current?.kind === 'quote') current.lines.push(quote[1]);
      else blocks.push({ kind: 'quote', lines: [quote[1]] });
      open = true;
      continue;
    }
    const current = last();
    if (open && current?.kind === 'list') {
      // An indented or lazy line continues the list's last item.
      current.items[current.items.length - 1] += `\n${line.trim()}`;
    } else if (open && (current?.kind === 'paragraph' || current?.kind === 'quote')) {
      current.lines.push(line.trim());
    } else {
      blocks.push({ kind: 'paragraph', lines: [line.trim()] });
    }
    open = true;
  }
  return blocks;
}

export interface SafeMarkdownOptions {
  /**
   * Added to a heading's number of `#`: 2 by default, so that hosts' `#` sits under the page's `h1` and the
   * section's `h2` as an `h3`. A whole page written in Markdown (the legal pages) takes 0, its `##` being the
   * page's `h2`. Headings never come out above `h2` (the page has its own `h1`) nor below `h6`.
   */
  headingOffset?: number;
}

/** The description's HTML: only `p br h2 h3 h4 h5 h6 ul ol li blockquote hr strong em code a`. */
export function renderSafeMarkdown(source: string, options: SafeMarkdownOptions = {}): string {
  const headingOffset = options.headingOffset ?? 2;
  return blocksOf(source)
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return `<p>${renderInline(block.lines.join('\n'))}</p>`;
        case 'heading': {
          const level = Math.min(Math.max(block.level + headingOffset, 2), 6);
          return `<h${level}>${renderInline(block.text)}</h${level}>`;
        }
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag}>${block.items.map((item) => `<li>${renderInline(item)}</li>`).join('')}</${tag}>`;
        }
        case 'quote':
          return `<blockquote><p>${renderInline(block.lines.join('\n'))}</p></blockquote>`;
        case 'rule':
          return '<hr>';
      }
    })
    .join('\n');
}
