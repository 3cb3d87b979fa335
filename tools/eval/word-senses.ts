/**
 * Word-level precision: every term the matcher marks in a set of texts, judged on or off topic
 * by its sense, from a hand-checked list kept in tests/fixtures/word-senses/. A mark is named by
 * its text id, the marked word as written, its topic and which occurrence of that word it is,
 * so the list holds no text of the shared evaluation files. A mark the list does not judge, or a
 * judged mark that is no longer made, is reported: the list and the lexicon move together.
 */
import type { TopicMatch } from '../../core/match/index.ts';

export interface SenseVerdict {
  /** The text: a paragraph id of the shared eval files, or `demo` for the bundled article. */
  id: string;
  word: string;
  topic: string;
  /** 1 for the first mark of this word (as written) in the text, 2 for the second… */
  n: number;
  /** On topic in this sense? */
  on: boolean;
  /** Why, when it is not obvious (always for an off-topic verdict). */
  note?: string;
}

export interface MarkedWord {
  id: string;
  word: string;
  topic: string;
  n: number;
}

export interface WordSenseResult {
  marks: number;
  on: number;
  off: MarkedWord[];
  /** Marks the list does not judge. */
  unjudged: MarkedWord[];
  /** Judged marks that were not made (the list is out of date, or recall was lost). */
  stale: SenseVerdict[];
  /** on / (on + off) over judged marks; 1 when none were judged. */
  precision: number;
}

const keyOf = (m: MarkedWord) => `${m.id}\u0000${m.word}\u0000${m.topic}\u0000${m.n}`;

/** The marks of one text, each numbered among the marks of the same word. */
export function markedWords(id: string, text: string, matches: readonly TopicMatch[]): MarkedWord[] {
  const seen = new Map<string, number>();
  return matches.map((m) => {
    const word = text.slice(m.start, m.end);
    const n = (seen.get(word) ?? 0) + 1;
    seen.set(word, n);
    return { id, word, topic: m.topic, n };
  });
}

export function judgeWords(marks: readonly MarkedWord[], verdicts: readonly SenseVerdict[]): WordSenseResult {
  const byKey = new Map(verdicts.map((v) => [keyOf(v), v]));
  const made = new Set(marks.map(keyOf));
  const off: MarkedWord[] = [];
  const unjudged: MarkedWord[] = [];
  let on = 0;
  for (const mark of marks) {
    const verdict = byKey.get(keyOf(mark));
    if (!verdict) unjudged.push(mark);
    else if (verdict.on) on++;
    else off.push(mark);
  }
  const ids = new Set(marks.map((m) => m.id));
  const stale = verdicts.filter((v) => ids.has(v.id) && !made.has(keyOf(v)));
  const judged = on + off.length;
  return { marks: marks.length, on, off, unjudged, stale, precision: judged === 0 ? 1 : on / judged };
}

/** Checks the list itself: every entry complete, no duplicates, every off verdict explained. */
export function verdictErrors(verdicts: readonly SenseVerdict[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  verdicts.forEach((v, i) => {
    const where = `entry ${i + 1} (${v.id} ${v.word})`;
    if (!v.id || !v.word || !v.topic || !Number.isInteger(v.n) || v.n < 1 || typeof v.on !== 'boolean')
      errors.push(`${where}: needs id, word, topic, n ≥ 1 and on`);
    if (!v.on && !v.note) errors.push(`${where}: an off-topic verdict says why in "note"`);
    const key = keyOf(v);
    if (seen.has(key)) errors.push(`${where}: listed twice`);
    seen.add(key);
  });
  return errors;
}
