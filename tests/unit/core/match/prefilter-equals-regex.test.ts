/**
 * The block prefilter was one regex alternation of the lexicon's necessary words, which V8 took
 * 10–15 ms to compile on every page view; it is now a search for the same words with string
 * compares (prefilter-search.ts). It must say yes to exactly the texts that regex said yes to
 * (reference/prefilter-source.ts): over generated texts of every term and its near misses, and
 * over every sentence of the repository's articles, most of which hold no term.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../core/match/index.ts';
import type { MatcherOptions } from '../../../../core/match/matcher.ts';
import { parseTerm } from '../../../../core/match/senses.ts';
import type { LexiconEntry } from '../../../../core/pack/schema.ts';
import { ARTICLES } from './article-texts.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';
import { lexiconTexts } from './random-texts.ts';
import { PrefilterBuilder } from './reference/prefilter-source.ts';

function referencePrefilter(entries: readonly LexiconEntry[], english: boolean): RegExp {
  const builder = new PrefilterBuilder();
  for (const term of entries.flatMap((e) => (english ? [...e.sv, ...e.en] : e.sv)))
    builder.add(parseTerm(term).pattern);
  return new RegExp(builder.source(), 'u');
}

function compare(entries: readonly LexiconEntry[], options: MatcherOptions, texts: readonly string[]) {
  const matcher = compileLexicon(entries, options);
  const reference = referencePrefilter(entries, options.english ?? false);
  const differ: string[] = [];
  let yes = 0;
  for (const text of texts) {
    // Text only the slow path reads is a yes in both, before any word is looked for.
    const expected = matcher.slowMatches(text) !== undefined || reference.test(text);
    if (matcher.mayMatch(text) !== expected) differ.push(`${JSON.stringify(text)}: regex said ${expected}`);
    if (expected) yes++;
  }
  return { differ: differ.slice(0, 5), yes, no: texts.length - yes };
}

const ALL_TERMS = BUNDLED_LEXICON.flatMap((e) => [...e.sv, ...e.en, ...e.exclude]);
const SENTENCES = ARTICLES.flatMap((a) => a.split(/(?<=[.!?])\s+/));

describe('the prefilter says yes where the reference regex did', () => {
  for (const [name, options] of [
    ['Swedish terms', {}],
    ['Swedish and English terms', { english: true }],
  ] as [string, MatcherOptions][]) {
    it(`${name}: 6 000 texts of lexicon words and near misses, and every article sentence`, () => {
      const { differ, yes, no } = compare(BUNDLED_LEXICON, options, [
        ...lexiconTexts(ALL_TERMS, 6_000, 5),
        ...SENTENCES,
      ]);
      expect(differ).toEqual([]);
      expect(yes).toBeGreaterThan(3_000);
      expect(no).toBeGreaterThan(300);
    });
  }

  it('a lexicon of case-sensitive words, hyphens and apostrophes in every variant', () => {
    const lexicon = [
      { topic: 'a', sv: ['LO', 'a-kassa*', 'Sveriges Kommuner', 'ABC-avtal', "o'boy"], en: [], exclude: [] },
    ];
    const variants = [
      'LO',
      'lo',
      'Lo',
      'a\u2011kassan',
      'A\u2010KASSA',
      'a-kass',
      'abc\u2010avtal',
      'ABC\u2011avtal',
      'O\u2019BOY',
      "o'bo",
      'KOMMUNER',
      'Kommuner',
      'kommuner',
    ];
    const texts = lexiconTexts([...variants, 'kassa', 'avtal'], 4_000, 3);
    const { differ, yes, no } = compare(lexicon, {}, texts);
    expect(differ).toEqual([]);
    expect(yes).toBeGreaterThan(500);
    expect(no).toBeGreaterThan(500);
  });
});

describe('the prefilter never says no where a word it looks for is, in any case variant', () => {
  it('letters whose case changes the length of the text around them (İ, ß) do not hide a word', () => {
    const matcher = compileLexicon(BUNDLED_LEXICON);
    expect(matcher.mayMatch('İİİ välfärden')).toBe(true);
    expect(matcher.mayMatch('STRAßE VÄLFÄRDEN')).toBe(true);
  });

  it('a word whose case does not fold letter by letter (σ) makes every text a yes', () => {
    const matcher = compileLexicon([{ topic: 'a', sv: ['ασυλο*'], en: [], exclude: [] }]);
    // "ΑΣΥΛΟ" lower-cases as "ασυλο", but a final Σ becomes ς: no fold can be trusted.
    expect(matcher.mayMatch('ΑΣ')).toBe(true);
    expect(matcher.mayMatch('inget alls')).toBe(true);
    expect(compileLexicon([{ topic: 'a', sv: ['asylo*'], en: [], exclude: [] }]).mayMatch('inget alls')).toBe(
      false,
    );
  });
});
