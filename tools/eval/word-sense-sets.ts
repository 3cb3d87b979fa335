/**
 * The texts the word-sense list judges: paragraphs of the shared eval files (by id, read from
 * EVAL_DIR at run time) and the bundled demo article's own text. The verdicts live in
 * tests/fixtures/word-senses/ so the unit tests and the eval read the same list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Matcher } from '../../core/match/index.ts';
import type { TextRecord } from './jsonl.ts';
import { htmlToText } from './pages.ts';
import { judgeWords, markedWords, type SenseVerdict, type WordSenseResult } from './word-senses.ts';

const ROOT = join(import.meta.dirname, '../..');

export function loadVerdicts(name: 'demo' | 'shared-eval'): SenseVerdict[] {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/word-senses', `${name}.json`), 'utf8'));
}

/** The demo article's text inside <article>, as the highlighter marks it (site chrome left out). */
export function demoArticleText(): string {
  const html = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>');
  return htmlToText(html.slice(start, end));
}

export interface WordSenseReport {
  demo: WordSenseResult;
  shared: WordSenseResult & { texts: number; missingTexts: string[] };
}

export function evaluateWordSenses(records: readonly TextRecord[], matcher: Matcher): WordSenseReport {
  const demoText = demoArticleText();
  const demo = judgeWords(markedWords('demo', demoText, matcher.find(demoText)), loadVerdicts('demo'));
  const verdicts = loadVerdicts('shared-eval');
  const ids = [...new Set(verdicts.map((v) => v.id))];
  const byId = new Map(records.map((r) => [r.id, r.text]));
  const missingTexts = ids.filter((id) => !byId.has(id));
  const marks = ids.flatMap((id) => {
    const text = byId.get(id);
    return text === undefined ? [] : markedWords(id, text, matcher.find(text));
  });
  return { demo, shared: { ...judgeWords(marks, verdicts), texts: ids.length, missingTexts } };
}
