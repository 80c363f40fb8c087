import { TRANSLATION_FILES } from '../../testing/test-translations';

type TranslationTree = { [key: string]: string | TranslationTree };

function leaves(tree: TranslationTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      found.set(path, value);
    } else {
      leaves(value, path).forEach((text, nested) => found.set(nested, text));
    }
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
}

describe('translation files', () => {
  const french = leaves(TRANSLATION_FILES.fr as TranslationTree);
  const english = leaves(TRANSLATION_FILES.en as TranslationTree);

  it('have exactly the same keys in French and English', () => {
    const onlyFrench = [...french.keys()].filter((key) => !english.has(key));
    const onlyEnglish = [...english.keys()].filter((key) => !french.has(key));

    expect(onlyFrench).toEqual([]);
    expect(onlyEnglish).toEqual([]);
    expect(french.size).toBeGreaterThan(50);
  });

  it('leave no text empty', () => {
    const empty = [...french, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key);

    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...french.keys()].filter(
      (key) => placeholders(french.get(key) ?? '').join() !== placeholders(english.get(key) ?? '').join(),
    );

    expect(mismatched).toEqual([]);
  });
});
