import { describe, expect, it } from '@jest/globals';
import { renderSafeMarkdown, safeLinkTarget } from './safe-markdown';

/** Every tag the renderer may produce; anything else in its output would be a hole. */
const ALLOWED_TAGS =
  /^<\/?(p|br|h3|h4|h5|h6|ul|ol|li|blockquote|hr|strong|em|code|a)( href="[^"]*" rel="nofollow noopener noreferrer")?>$/;

function tagsOf(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

describe('event descriptions in Markdown', () => {
  it('render paragraphs, line breaks, headings, lists, quotes, emphasis, code and links', () => {
    const html = renderSafeMarkdown(
      [
        '# Programme',
        '',
        'Café **offert** et *croissants*,',
        'sur inscription.',
        '',
        '- accueil à 9h',
        '- tour de table',
        '',
        '1. un',
        '2. deux',
        '',
        '> Venez nombreux',
        '',
        '---',
        'Le code `wifi-32` et [le plan](https://bastide.gers.fr/plan?a=1&b=2).',
      ].join('\n'),
    );
    expect(html).toBe(
      [
        '<h3>Programme</h3>',
        '<p>Café <strong>offert</strong> et <em>croissants</em>,<br>sur inscription.</p>',
        '<ul><li>accueil à 9h</li><li>tour de table</li></ul>',
        '<ol><li>un</li><li>deux</li></ol>',
        '<blockquote><p>Venez nombreux</p></blockquote>',
        '<hr>',
        '<p>Le code <code>wifi-32</code> et ' +
          '<a href="https://bastide.gers.fr/plan?a=1&amp;b=2" rel="nofollow noopener noreferrer">le plan</a>.</p>',
      ].join('\n'),
    );
  });

  it('link bare addresses without their closing punctuation, and leave snake_case words alone', () => {
    expect(renderSafeMarkdown('Inscriptions : https://example.fr/a_b. Merci, mon_fichier_texte !')).toBe(
      '<p>Inscriptions : <a href="https://example.fr/a_b" rel="nofollow noopener noreferrer">https://example.fr/a_b</a>.' +
        ' Merci, mon_fichier_texte !</p>',
    );
  });

  it('never lets HTML through: script, event handlers and raw tags come out as text', () => {
    const attacks = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '**<script>alert(1)</script>**',
      '[<script>x</script>](https://example.fr)',
      '`</code><script>alert(1)</script>`',
      '<a href="javascript:alert(1)">clic</a>',
      '"><svg onload=alert(1)>',
    ];
    for (const attack of attacks) {
      const html = renderSafeMarkdown(attack);
      expect(html).not.toMatch(/<script|<img|<svg|<a href="javascript/i);
      for (const tag of tagsOf(html)) expect(tag).toMatch(ALLOWED_TAGS);
    }
    expect(renderSafeMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('never makes a link of javascript:, data:, vbscript: or relative targets, however they are written', () => {
    const targets = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'javascript&#58;alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      '/relative',
    ];
    for (const target of targets) {
      const html = renderSafeMarkdown(`[clic](${target})`);
      expect(html).not.toContain('<a ');
      expect(html).not.toMatch(/href=/);
    }
    expect(renderSafeMarkdown('javascript:alert(1)')).toBe('<p>javascript:alert(1)</p>');
    expect(safeLinkTarget('mailto:hello@example.fr')).toBe('mailto:hello@example.fr');
    expect(safeLinkTarget('JAVASCRIPT:alert(1)')).toBeUndefined();
  });

  it('escapes quotes in a link target so that it cannot leave its attribute', () => {
    const html = renderSafeMarkdown(`[x](https://example.fr/?q="onmouseover=alert(1))`);
    for (const tag of tagsOf(html)) expect(tag).toMatch(ALLOWED_TAGS);
  });

  it('shifts headings by the offset asked, never above h2 nor below h6', () => {
    const source = '# Titre\n\n## Section\n\n### Détail\n\n###### Fin';
    expect(renderSafeMarkdown(source, { headingOffset: 0 })).toBe(
      '<h2>Titre</h2>\n<h2>Section</h2>\n<h3>Détail</h3>\n<h6>Fin</h6>',
    );
    expect(renderSafeMarkdown(source)).toBe('<h3>Titre</h3>\n<h4>Section</h4>\n<h5>Détail</h5>\n<h6>Fin</h6>');
  });

  it('renders an empty description as nothing and a long hostile one quickly', () => {
    expect(renderSafeMarkdown('')).toBe('');
    const started = Date.now();
    renderSafeMarkdown('[`*_'.repeat(2500));
    renderSafeMarkdown('*a'.repeat(5000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
