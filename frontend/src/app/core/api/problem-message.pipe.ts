import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { ApiProblem } from './api-problem';

/**
 * What went wrong, in the reader's language: the translation of `problems.<slug>`, where the slug is the
 * last segment of the problem's `type` URI, or else the server's own words (`detail`, then `title`),
 * which are in English. `fallback`, when given, replaces the title: the words for a problem the server
 * did not explain (no `detail`), such as an unreachable server. A translation may quote the problem's
 * extension members: `{{remaining}}` in `problems.quota-exceeded`.
 */
@Pipe({ name: 'problemMessage' })
export class ProblemMessagePipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(problem: ApiProblem, fallback?: string): string {
    const slug = problemSlug(problem.type);
    if (slug) {
      const key = `problems.${slug}`;
      const text: unknown = this.translate.instant(key, this.quotable(problem));
      if (typeof text === 'string' && text !== key) {
        return text;
      }
    }
    return problem.detail ?? fallback ?? problem.title;
  }

  /** The problem's extension members, numbers written the reader's way ("0,5" in French). */
  private quotable(problem: ApiProblem): Record<string, unknown> {
    const language = this.translate.getCurrentLang() ?? 'fr';
    return Object.fromEntries(
      Object.entries(problem.extensions).map(([name, value]) => [
        name,
        typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : value,
      ]),
    );
  }
}

/** `https://bastide.gers.fr/problems/wrong-credentials` → `wrong-credentials`; nothing for `about:blank`. */
export function problemSlug(type: string): string | null {
  if (type === 'about:blank') {
    return null;
  }
  const slug = type.split(/[?#]/)[0].replace(/\/+$/, '').split('/').pop();
  return slug && /^[a-z0-9-]+$/.test(slug) ? slug : null;
}
