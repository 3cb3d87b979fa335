import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../core/match/index.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

// Inputs aimed at each loop in the regex: endless words for the compound-head scan and the stem
// rest, invisibles for the in-word tolerance, whitespace runs for phrase gaps, near-misses for
// the trie, and lookbehind pressure from alternating letters and marks.
const ADVERSARIAL: Record<string, string> = {
  'one endless word': fill('a'),
  'near-miss stems': fill('välfär'),
  'near-miss compound heads': fill('xinvand'),
  'soft hyphens between letters': fill('ä\u00AD'),
  'one letter and a run of invisibles': `v${fill('\u00AD')}`,
  'phrase start and whitespace runs': fill(`arbetsmarknadens${' '.repeat(60)}`),
  'combining marks': fill('a\u030A'),
  'many short words': fill('vå '),
};

describe('no catastrophic backtracking', () => {
  const matcher = compileLexicon(BUNDLED_LEXICON, { english: true });
  matcher.find('välfärd'); // let V8 compile the regex before timing

  // Best of three: a busy two-core CI machine adds noise; backtracking blow-ups do not go away.
  it.each(Object.entries(ADVERSARIAL))('scans 100 KB of %s in under 50 ms', (_name, text) => {
    const times = [0, 1, 2].map(() => {
      const started = performance.now();
      matcher.find(text);
      return performance.now() - started;
    });
    expect(Math.min(...times)).toBeLessThan(50);
  });
});
