/**
 * The stored matcher (matcher-data.ts) must match exactly as a freshly compiled one: a page
 * builds it from data that went through storage, so every term, sense rule, exclusion and
 * precedence has to survive a structured clone and a JSON round trip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CandidateData, candidateLine, readCandidate } from '../../../../core/match/candidate-lines.ts';
import { classOfPairs } from '../../../../core/match/char-flags.ts';
import { packSource } from '../../../../core/match/compile.ts';
import { compileLexicon, compileLexiconData, matcherFromData } from '../../../../core/match/index.ts';
import { MATCHER_DATA_FORMAT, type MatcherData, unpackSource } from '../../../../core/match/matcher-data.ts';
import type { CompiledSense } from '../../../../core/match/sense-check.ts';
import { WORD_RANGES } from '../../../../core/match/word-ranges.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

const candidatesOf = (data: MatcherData): CandidateData[] => data.candidates.split('\n').map(readCandidate);
const sensesOf = (data: MatcherData): CompiledSense[] => JSON.parse(data.senses);

/** The demo article's text, paragraph by paragraph, plus sentences that exercise senses and exclusions. */
const DEMO_TEXT = readFileSync(join(import.meta.dirname, '../../../../demo/article.html'), 'utf8')
  .replace(/<[^>]+>/g, '\n')
  .split(/\n+/)
  .filter((line) => line.trim().length > 20);
const SENTENCES = [
  'Schemat kan ändras med kort varsel.',
  'Volvo lägger varsel som berör 1 200 anställda.',
  'Integrationen med Skatteverkets folkbokföringsregister är klar.',
  'Den lyckade integrationen på arbetsmarknaden',
  'Två minuters utvisning för hakning.',
  'Utvisningen av familjen väckte kritik.',
  'arbetslöshetsförsäkringen och välfärdsbrottsligheten',
  'väl\u00ADfärden och ve\u0301lfärd', // soft hyphen, decomposed letter: the slow path
];

describe('matcher data', () => {
  for (const english of [false, true]) {
    it(`reads back to a matcher that finds what the compiled one finds (english: ${english})`, () => {
      const data = compileLexiconData(BUNDLED_LEXICON, { english });
      const stored = JSON.parse(JSON.stringify(structuredClone(data)));
      const fromData = matcherFromData(stored);
      const compiled = compileLexicon(BUNDLED_LEXICON, { english });
      const texts = [...DEMO_TEXT, ...SENTENCES];
      const found = texts.flatMap((t) => fromData.find(t));
      expect(found.length).toBeGreaterThan(40);
      expect(found).toEqual(texts.flatMap((t) => compiled.find(t)));
      for (const t of texts) {
        expect(fromData.count(t)).toEqual(compiled.count(t));
        expect(fromData.mayMatch(t)).toBe(compiled.mayMatch(t));
      }
    });
  }

  it('keeps precedence and senses: what topicOf and accepts say survives storage', () => {
    const matcher = matcherFromData(JSON.parse(JSON.stringify(compileLexiconData(BUNDLED_LEXICON))));
    expect(matcher.topicOf('arbetslöshetsförsäkringen')?.topic).toBe('secure-employment');
    expect(matcher.topicOf('välfärdsbrottsligheten')?.topic).toBe('security-crime');
    const text = 'Schemat kan ändras med kort varsel.';
    expect(matcher.accepts(text, text.indexOf('varsel'), 'varsel')).toBe(false);
    const jobs = 'Volvo lägger varsel som berör 1 200 anställda.';
    expect(matcher.accepts(jobs, jobs.indexOf('varsel'), 'varsel')).toBe(true);
  });

  it('tells a plain term by comparing strings exactly as its regex would', () => {
    const data = compileLexiconData(BUNDLED_LEXICON);
    const candidates = candidatesOf(data);
    const plain = candidates.filter((c) => c.plain);
    expect(plain.length).toBeGreaterThan(200);
    const fast = matcherFromData(data);
    const slow = matcherFromData({
      ...data,
      candidates: candidates.map(({ plain: _, ...c }) => candidateLine(c)).join('\n'),
    });
    const variants = (k: string) => {
      const cap = (k[0] ?? '').toUpperCase() + k.slice(1);
      return [
        k,
        cap,
        k.toUpperCase(),
        `${k}en`,
        `${cap}ERNA`,
        `${k}-x`,
        `${k}é`,
        `x${k}`,
        `${k}ÿ`,
        `${k}\u00D7`,
        k.slice(0, -1),
        `${k} ${k}`,
      ];
    };
    let compared = 0;
    for (const c of plain) {
      for (const v of variants(c.key)) {
        expect(fast.topicOf(v), v).toEqual(slow.topicOf(v));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('stores the word-character class once, a placeholder wherever a regex source uses it', () => {
    const data = compileLexiconData(BUNDLED_LEXICON);
    const size = JSON.stringify(data).length;
    const sources = sensesOf(data).map((s) => s.words);
    expect(sources.filter((s) => s.includes(WORD_RANGES))).toEqual([]);
    expect(sources.filter((s) => s.includes('\u0000')).length).toBeGreaterThan(20);
    // Steps, not regex sources: 267 kB when every term carried its regex, 207 kB when each term
    // carried its own copy of its sense rules and the word class was regex text.
    expect(size).toBeLessThan(180_000);
    expect(classOfPairs(data.word)).toBe(WORD_RANGES);
    expect(unpackSource(packSource(`a[${WORD_RANGES}]b`), classOfPairs(data.word))).toBe(
      `a[${WORD_RANGES}]b`,
    );
  });

  it('stores each sense rule once, however many terms share it', () => {
    const data = compileLexiconData(BUNDLED_LEXICON);
    const uses = candidatesOf(data).flatMap((c) => c.senses ?? []);
    const keys = sensesOf(data).map((r) => JSON.stringify(r));
    expect(new Set(keys).size).toBe(keys.length);
    expect(uses.length).toBeGreaterThan(keys.length);
    expect(new Set(uses).size).toBe(keys.length);
  });

  it('takes the word class from the data, not from a bundled table', () => {
    // ω is a letter, so "ωvälfärd" is one word (a compound, read by its head). With a class of
    // a-z only, ω is no word character and the word after it starts a new one.
    const data = compileLexiconData(BUNDLED_LEXICON);
    const narrow = matcherFromData({ ...data, word: 'az' });
    expect(matcherFromData(data).find('ωvälfärd')).toMatchObject([{ term: '*välfärd*', start: 0 }]);
    expect(narrow.find('ωvälfärd')).toMatchObject([{ term: 'välfärd*', start: 1 }]);
  });

  it('refuses data of another format with a clear error', () => {
    const data = { ...compileLexiconData([]), format: MATCHER_DATA_FORMAT + 1 };
    expect(() => matcherFromData(data as never)).toThrow(/format/);
  });

  it('an empty lexicon gives a matcher that never matches', () => {
    const matcher = matcherFromData(compileLexiconData([]));
    expect(matcher.find('välfärd och jobb')).toEqual([]);
    expect('välfärd'.search(matcher.cursor)).toBe(-1);
  });
});
