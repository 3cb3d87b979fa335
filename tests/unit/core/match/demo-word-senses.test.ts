// @vitest-environment happy-dom
/**
 * Word-level precision on the bundled demo article: every mark the highlighter makes, with the
 * real lexicon, is judged on or off topic in tests/fixtures/word-senses/demo.json. A mark in a
 * new sense (or a lost one) fails here, not as a number drifting in a report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHighlighter } from '../../../../core/highlight';
import { compileLexicon } from '../../../../core/match/index.ts';
import {
  judgeWords,
  type MarkedWord,
  type SenseVerdict,
  verdictErrors,
} from '../../../../tools/eval/word-senses.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

// A path, not a URL: happy-dom replaces the global URL.
const read = (path: string) => readFileSync(join(import.meta.dirname, path), 'utf8');
const verdicts = JSON.parse(read('../../../fixtures/word-senses/demo.json')) as SenseVerdict[];

let marks: MarkedWord[] = [];
let outside: string[] = [];

beforeAll(async () => {
  const parsed = new DOMParser().parseFromString(read('../../../../demo/article.html'), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  const hl = createHighlighter({
    document,
    matcher: compileLexicon(BUNDLED_LEXICON),
    appearance: {
      style: 'fill',
      topics: BUNDLED_LEXICON.map((e) => ({ id: e.topic, name: e.topic, color: '#ffee99' })),
    },
  });
  await hl.start();
  const seen = new Map<string, number>();
  const all = [...document.querySelectorAll<HTMLElement>('mark[data-fackkoll-topic]')];
  marks = all.map((m) => {
    const word = m.textContent ?? '';
    const n = (seen.get(word) ?? 0) + 1;
    seen.set(word, n);
    return { id: 'demo', word, topic: m.dataset.fackkollTopic ?? '', n };
  });
  outside = all.filter((m) => !m.closest('article')).map((m) => m.textContent ?? '');
  hl.stop();
});

afterAll(() => document.body.replaceChildren());

describe('demo article word senses', () => {
  it('has a well-formed list', () => {
    expect(verdictErrors(verdicts)).toEqual([]);
  });

  it('marks only inside the article (not the site header or the comment footer)', () => {
    expect(marks.length).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });

  it('judges every mark, and every judged mark is still made', () => {
    const result = judgeWords(marks, verdicts);
    expect(result.unjudged).toEqual([]);
    expect(result.stale).toEqual([]);
  });

  it('has word-level precision of at least 0.95', () => {
    const result = judgeWords(marks, verdicts);
    expect(result.off).toEqual([]);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
  });
});
