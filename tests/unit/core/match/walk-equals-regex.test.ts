/**
 * The trie walk (core/match/term-trie.ts) replaced one big regex, which cost every page view over
 * 30 ms to compile. It must find exactly the matches that regex found: the regex is kept as the
 * reference (reference/), and both run over texts made of every bundled term, its neighbours and
 * near misses, and over the repository's own articles.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../core/match/index.ts';
import type { Matcher, MatcherOptions } from '../../../../core/match/matcher.ts';
import { ARTICLES } from './article-texts.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';
import { lexiconTexts } from './random-texts.ts';
import { referenceRegex } from './reference/reference-regex.ts';

const spans = (text: string, next: (text: string) => RegExpExecArray | null) => {
  const found: string[] = [];
  for (let m = next(text); m; m = next(text)) found.push(`${m.index}+${m[0].length}`);
  return found;
};

function differences(matcher: Matcher, reference: RegExp, texts: readonly string[]) {
  const differ: string[] = [];
  let matches = 0;
  for (const text of texts) {
    reference.lastIndex = 0;
    matcher.cursor.lastIndex = 0;
    const expected = spans(text, (t) => reference.exec(t));
    const actual = spans(text, (t) => matcher.cursor.exec(t));
    matches += expected.length;
    if (expected.join() !== actual.join())
      differ.push(`${JSON.stringify(text)}: ${actual.join()} (regex: ${expected.join()})`);
  }
  return { differ: differ.slice(0, 5), matches };
}

const ALL_TERMS = BUNDLED_LEXICON.flatMap((e) => [...e.sv, ...e.en, ...e.exclude]);

describe('the trie walk finds what the reference regex found', () => {
  const cases: [string, MatcherOptions][] = [
    ['Swedish terms', {}],
    ['Swedish and English terms', { english: true }],
    ['three topics', { topics: BUNDLED_LEXICON.slice(0, 3).map((e) => e.topic) }],
  ];
  for (const [name, options] of cases) {
    it(`${name}: 6 000 texts of lexicon words and near misses`, () => {
      const { differ, matches } = differences(
        compileLexicon(BUNDLED_LEXICON, options),
        referenceRegex(BUNDLED_LEXICON, options),
        lexiconTexts(ALL_TERMS, 6_000, 7),
      );
      expect(differ).toEqual([]);
      expect(matches).toBeGreaterThan(1_000);
    });
  }

  it('a lexicon of every construct that competes at one word start: 20 000 texts', () => {
    // Exact before stem (abc-de over abc*), the shortest compound prefix, heads in phrases, case
    // variants as separate branches, stems inside phrases, exclusions of both kinds.
    const entry = (topic: string, sv: string[], exclude: string[] = []) => ({ topic, sv, en: [], exclude });
    const lexicon = [
      entry(
        'a',
        ['abc-de', 'abc*', 'Abc', 'abc', 'LO:s', 'LO', 't.ex', 'xyz zwa*', 'xyz* zwa', 'kort varsel'],
        ['abcd-x*'],
      ),
      entry(
        'b',
        ['*cdef', '*cdef*', '*head tail', 'cdef', 'head*', '*eadx', 'zwa xyz'],
        ['qq abc*', 'mm *eadx'],
      ),
    ];
    const terms = lexicon.flatMap((e) => [...e.sv, ...e.exclude]).concat('qq', 'mm', 'hhead', 'abcdef');
    const { differ, matches } = differences(
      compileLexicon(lexicon),
      referenceRegex(lexicon),
      lexiconTexts(terms, 20_000, 11),
    );
    expect(differ).toEqual([]);
    expect(matches).toBeGreaterThan(10_000);
  });

  it('the demo article and every e2e fixture page', () => {
    const { differ, matches } = differences(
      compileLexicon(BUNDLED_LEXICON),
      referenceRegex(BUNDLED_LEXICON),
      ARTICLES,
    );
    expect(differ).toEqual([]);
    expect(matches).toBeGreaterThan(100);
  });
});
