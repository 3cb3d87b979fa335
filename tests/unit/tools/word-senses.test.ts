import { describe, expect, it } from 'vitest';
import { judgeWords, markedWords, verdictErrors } from '../../../tools/eval/word-senses.ts';

const text = 'varsel om jobb, med kort varsel, och varsel';
const at = (word: string, from: number, topic = 'secure-employment') => {
  const start = text.indexOf(word, from);
  return { topic, term: word, start, end: start + word.length };
};

describe('word-level precision', () => {
  const marks = markedWords('p1', text, [at('varsel', 0), at('varsel', 10), at('varsel', 35)]);

  it('numbers each word among the marks of the same word', () => {
    expect(marks.map((m) => m.n)).toEqual([1, 2, 3]);
  });

  it('counts on and off verdicts, and reports marks without one and verdicts not made', () => {
    const result = judgeWords(marks, [
      { id: 'p1', word: 'varsel', topic: 'secure-employment', n: 1, on: true },
      { id: 'p1', word: 'varsel', topic: 'secure-employment', n: 2, on: false, note: 'med kort varsel' },
      { id: 'p1', word: 'varsel', topic: 'secure-employment', n: 4, on: true },
      { id: 'p2', word: 'LO', topic: 'unions', n: 1, on: true },
    ]);
    expect(result.on).toBe(1);
    expect(result.off.map((m) => m.n)).toEqual([2]);
    expect(result.precision).toBe(0.5);
    expect(result.unjudged.map((m) => m.n)).toEqual([3]);
    // p2 was not among the texts marked, so its verdict is not called stale.
    expect(result.stale.map((v) => v.n)).toEqual([4]);
  });

  it('treats a mark under another topic as a different mark', () => {
    const result = judgeWords(markedWords('p1', text, [at('varsel', 0, 'labour-market')]), [
      { id: 'p1', word: 'varsel', topic: 'secure-employment', n: 1, on: true },
    ]);
    expect(result.unjudged).toHaveLength(1);
    expect(result.stale).toHaveLength(1);
  });

  it('refuses an off verdict without a reason and a duplicate', () => {
    const v = { id: 'p1', word: 'varsel', topic: 't', n: 1, on: false };
    expect(verdictErrors([v, v])).toEqual([
      'entry 1 (p1 varsel): an off-topic verdict says why in "note"',
      'entry 2 (p1 varsel): an off-topic verdict says why in "note"',
      'entry 2 (p1 varsel): listed twice',
    ]);
  });
});

describe('the hand-checked list for the shared eval paragraphs', () => {
  it('is well formed, judges at least 40 paragraphs and holds ids and words only, no text', async () => {
    const { loadVerdicts } = await import('../../../tools/eval/word-sense-sets.ts');
    const verdicts = loadVerdicts('shared-eval');
    expect(verdictErrors(verdicts)).toEqual([]);
    expect(new Set(verdicts.map((v) => v.id)).size).toBeGreaterThanOrEqual(40);
    for (const v of verdicts) {
      expect(Object.keys(v).every((k) => ['id', 'word', 'topic', 'n', 'on', 'note'].includes(k))).toBe(true);
      expect(v.word.split(' ').length).toBeLessThanOrEqual(6);
    }
  });
});
