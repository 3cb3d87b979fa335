/**
 * The stored terms are lines of tab-separated fields (candidate-lines.ts): every field must come
 * back as it went in, a lookup's quick pick (mayStartWith) must agree with the fields, and a field
 * that would break the lines is refused at compile time, not misread on a page.
 */
import { describe, expect, it } from 'vitest';
import {
  type CandidateData,
  candidateLine,
  mayStartWith,
  readCandidate,
} from '../../../../core/match/candidate-lines.ts';
import { compileLexiconData } from '../../../../core/match/index.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

const base: CandidateData = { topic: 'welfare', term: 'välfärd*', tier: 'word', key: 'välfärd', ref: 3 };

describe('candidate lines', () => {
  it('reads back every field, with and without rules and plain marks', () => {
    const samples: CandidateData[] = [
      base,
      { ...base, senses: [0, 12, 7], plain: 'stem' },
      { ...base, tier: 'head', term: '*försäkring', key: 'försäkring', ref: 0, plain: undefined },
      { ...base, tier: 'phrase', term: 'arbetsmarknadens parter', key: 'arbetsmarknadens', plain: 'exact' },
    ];
    for (const c of samples) {
      const { plain, senses, ...rest } = c;
      expect(readCandidate(candidateLine(c))).toEqual({
        ...rest,
        ...(senses && { senses }),
        ...(plain && { plain }),
      });
    }
  });

  it('round-trips every term of the bundled lexicon', () => {
    const lines = compileLexiconData(BUNDLED_LEXICON).candidates.split('\n');
    expect(lines.length).toBeGreaterThan(500);
    for (const line of lines) expect(candidateLine(readCandidate(line))).toBe(line);
  });

  it('picks a line for a key by its first unit, and a compound head for any key', () => {
    const line = candidateLine(base);
    expect(mayStartWith(line, 'v')).toBe(true);
    expect(mayStartWith(line, 'ä')).toBe(false);
    expect(mayStartWith(line, 'w')).toBe(false);
    const head = candidateLine({ ...base, tier: 'head', key: 'försäkring' });
    for (const first of ['a', 'f', 'ö']) expect(mayStartWith(head, first)).toBe(true);
  });

  it('refuses a field with a tab or a line break, and a line of unknown tier', () => {
    expect(() => candidateLine({ ...base, term: 'a\tb' })).toThrow(/tab or a line break/);
    expect(() => candidateLine({ ...base, topic: 'a\nb' })).toThrow(/tab or a line break/);
    expect(() => readCandidate('x\tkey\ttopic\tterm\t0\t\t')).toThrow(/unknown tier "x"/);
  });
});
