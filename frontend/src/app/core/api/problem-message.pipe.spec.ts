import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { provideTestTranslations } from '../../testing/test-translations';
import { ApiProblem } from './api-problem';
import { ProblemMessagePipe, problemSlug } from './problem-message.pipe';

const TYPE_BASE = 'https://bastide.gers.fr/problems/';

describe('ProblemMessagePipe', () => {
  function pipeIn(language: 'fr' | 'en'): ProblemMessagePipe {
    TestBed.configureTestingModule({ providers: [provideTestTranslations(language), ProblemMessagePipe] });
    TestBed.inject(TranslateService).use(language);
    return TestBed.inject(ProblemMessagePipe);
  }

  const wrongCredentials = new ApiProblem({
    type: `${TYPE_BASE}wrong-credentials`,
    title: 'Wrong e-mail address or password',
    status: 401,
    detail: 'The e-mail address or the password is wrong.',
  });

  it('says a known problem type in French, not in the server’s English', () => {
    expect(pipeIn('fr').transform(wrongCredentials)).toBe("L'adresse électronique ou le mot de passe est incorrect.");
  });

  it('says it in English on English pages', () => {
    expect(pipeIn('en').transform(wrongCredentials)).toBe('The e-mail address or the password is wrong.');
  });

  it('falls back to the detail for a type the files do not know', () => {
    const problem = new ApiProblem({
      type: `${TYPE_BASE}brand-new`,
      title: 'Brand new',
      status: 409,
      detail: 'Details.',
    });

    expect(pipeIn('fr').transform(problem)).toBe('Details.');
  });

  it('falls back to the title when there is no detail, e.g. about:blank', () => {
    const problem = new ApiProblem({ title: 'Bad Gateway', status: 502 });

    expect(pipeIn('fr').transform(problem)).toBe('Bad Gateway');
  });

  it('prefers a given fallback to the title when there is no detail', () => {
    const problem = new ApiProblem({ title: 'Http failure', status: 0 });

    expect(pipeIn('fr').transform(problem, 'La connexion a échoué.')).toBe('La connexion a échoué.');
  });

  it('quotes the problem’s extension members, numbers written the reader’s way', () => {
    const quota = new ApiProblem({
      type: `${TYPE_BASE}quota-exceeded`,
      title: 'Quota exceeded',
      status: 422,
      detail: '0.5 day left this week under the Airbus telework contract (2 days per week); this booking counts 1 day.',
      remaining: 0.5,
      requested: 1,
      cover: { kind: 'contract', name: 'Airbus' },
    });

    expect(pipeIn('fr').transform(quota)).toBe(
      'Quota atteint pour « Airbus » : il reste 0,5 jour sur la période, et cette réservation en compte 1.',
    );
  });

  it('takes the slug from the last path segment of the type', () => {
    expect(problemSlug(`${TYPE_BASE}closure-in-past`)).toBe('closure-in-past');
    expect(problemSlug('about:blank')).toBeNull();
  });
});
