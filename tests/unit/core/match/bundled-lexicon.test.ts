import { describe, expect, it } from 'vitest';
import { compileLexicon, parsePattern } from '../../../../core/match/index.ts';
import { examplesOf } from '../../../../tools/lexicon/examples.ts';
import { TOPIC_IDS } from '../../topic-ids.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

describe('bundled lexicon', () => {
  it('has one entry per fixed topic id, sorted', () => {
    expect(BUNDLED_LEXICON.map((e) => e.topic)).toEqual(TOPIC_IDS);
  });

  it('has only parseable, unique terms', () => {
    for (const entry of BUNDLED_LEXICON) {
      for (const list of [entry.sv, entry.en, entry.exclude]) {
        for (const term of list) expect(() => parsePattern(term), term).not.toThrow();
        expect(new Set(list).size, `${entry.topic} has duplicates`).toBe(list.length);
      }
    }
  });

  it('compiles, with and without English', () => {
    expect(compileLexicon(BUNDLED_LEXICON).regex.flags).toBe('gu');
    expect(compileLexicon(BUNDLED_LEXICON, { english: true }).regex.flags).toBe('gu');
  });

  // A term that never wins is dead weight at best and a hidden exclusion bug at worst.
  it.each([false, true])('reaches every term as written (english: %s)', (english) => {
    const matcher = compileLexicon(BUNDLED_LEXICON, { english });
    const unreachable: string[] = [];
    for (const entry of BUNDLED_LEXICON) {
      for (const term of english ? entry.en : entry.sv) {
        const reached = examplesOf(term).some((sample) => {
          const found = matcher.find(sample);
          return (
            found.length === 1 &&
            found[0]?.topic === entry.topic &&
            found[0]?.term === term &&
            found[0]?.start === 0 &&
            found[0]?.end === sample.length
          );
        });
        if (!reached)
          unreachable.push(
            `${entry.topic}: ${term} → ${JSON.stringify(matcher.find(examplesOf(term)[0] ?? ''))}`,
          );
      }
    }
    expect(unreachable).toEqual([]);
  });
});
