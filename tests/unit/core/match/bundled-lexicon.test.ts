import { describe, expect, it } from 'vitest';
import { compileLexicon, parsePattern, parseTerm } from '../../../../core/match/index.ts';
import { samplesOf } from '../../../../tools/lexicon/examples.ts';
import { TOPIC_IDS } from '../../topic-ids.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

describe('bundled lexicon', () => {
  it('has one entry per fixed topic id, sorted', () => {
    expect(BUNDLED_LEXICON.map((e) => e.topic)).toEqual(TOPIC_IDS);
  });

  it('has only parseable, unique terms', () => {
    for (const entry of BUNDLED_LEXICON) {
      for (const list of [entry.sv, entry.en, entry.exclude]) {
        // Terms may carry sense rules; false friends are bare patterns.
        const parse = list === entry.exclude ? parsePattern : parseTerm;
        for (const term of list) expect(() => parse(term), term).not.toThrow();
        expect(new Set(list).size, `${entry.topic} has duplicates`).toBe(list.length);
      }
    }
  });

  it('compiles, with and without English', () => {
    const text = 'The trade union and välfärden';
    expect(compileLexicon(BUNDLED_LEXICON).find(text)).toMatchObject([{ term: 'välfärd*' }]);
    expect(compileLexicon(BUNDLED_LEXICON, { english: true }).find(text)).toMatchObject([
      { term: 'trade union*' },
      { term: 'välfärd*' },
    ]);
  });

  // A term that never wins is dead weight at best and a hidden exclusion bug at worst.
  it.each([false, true])('reaches every term as written (english: %s)', (english) => {
    const matcher = compileLexicon(BUNDLED_LEXICON, { english });
    const unreachable: string[] = [];
    for (const entry of BUNDLED_LEXICON) {
      for (const term of english ? entry.en : entry.sv) {
        const reached = samplesOf(term).some(({ text, start, end }) =>
          matcher
            .find(text)
            .some((m) => m.topic === entry.topic && m.term === term && m.start === start && m.end === end),
        );
        if (!reached)
          unreachable.push(
            `${entry.topic}: ${term} → ${JSON.stringify(matcher.find(samplesOf(term)[0]?.text ?? ''))}`,
          );
      }
    }
    expect(unreachable).toEqual([]);
  });
});
