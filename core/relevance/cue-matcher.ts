/**
 * Finds which cue patterns occur in a passage. Unlike the topic matcher, which gives each piece
 * of text to one term, every pattern is looked for on its own: "permanenta uppehållstillstånd"
 * is both the phrase `permanent* uppehållstillstånd` and the word `uppehållstillstånd*`, and
 * two positions may each need one of them.
 */
import type { ParsedPattern } from '../match';
import { wordsOf } from './words';

interface WordTest {
  text: string;
  head: boolean;
  stem: boolean;
}

interface CompiledPattern {
  id: number;
  caseSensitive: boolean;
  words: WordTest[];
}

/** Words of a pattern split the way wordsOf splits text. */
function wordTests(pattern: ParsedPattern): WordTest[] {
  return pattern.words.flatMap((word) => {
    const parts = wordsOf(word.text).words;
    const text = (s: string) => (pattern.caseSensitive ? s : s.toLowerCase());
    return parts.map((part, i) => ({
      text: text(part),
      head: word.head && i === 0,
      stem: word.stem && i === parts.length - 1,
    }));
  });
}

function wordMatches(test: WordTest, word: string): boolean {
  if (test.head && test.stem) return word.length > test.text.length && word.slice(1).includes(test.text);
  if (test.head) return word.length > test.text.length && word.endsWith(test.text);
  if (test.stem) return word.startsWith(test.text);
  return word === test.text;
}

/** First letters a word must start with to match (undefined: any, for compound heads). */
const keyOf = (test: WordTest) => (test.head ? undefined : test.text.slice(0, 3));

export class CueMatcher {
  private readonly byKey = new Map<string, CompiledPattern[]>();
  private readonly anywhere: CompiledPattern[] = [];

  /** `patterns[i]` is reported as i. */
  constructor(patterns: readonly ParsedPattern[]) {
    patterns.forEach((pattern, id) => {
      const compiled = { id, caseSensitive: pattern.caseSensitive, words: wordTests(pattern) };
      const first = compiled.words[0];
      const key = first && keyOf(first);
      if (key === undefined) this.anywhere.push(compiled);
      else {
        const list = this.byKey.get(key.toLowerCase()) ?? [];
        list.push(compiled);
        this.byKey.set(key.toLowerCase(), list);
      }
    });
  }

  /** The patterns that occur in the text, each with the words it matched the first time. */
  find(text: string): Map<number, string> {
    const { words, joined } = wordsOf(text);
    const lower = words.map((w) => w.toLowerCase());
    const found = new Map<number, string>();
    // Compound heads cannot be looked up by a word's start: try only those the text contains.
    const all = lower.join(' ');
    const anywhere = this.anywhere.filter((p) => all.includes((p.words[0] as WordTest).text.toLowerCase()));
    const tryAt = (pattern: CompiledPattern, at: number) => {
      if (found.has(pattern.id)) return;
      const source = pattern.caseSensitive ? words : lower;
      for (let k = 0; k < pattern.words.length; k++) {
        const word = source[at + k];
        if (word === undefined || !wordMatches(pattern.words[k] as WordTest, word)) return;
        if (k > 0 && !joined[at + k - 1]) return;
      }
      found.set(pattern.id, words.slice(at, at + pattern.words.length).join(' '));
    };
    for (let at = 0; at < words.length; at++) {
      const word = lower[at] as string;
      for (const pattern of this.byKey.get(word.slice(0, 3)) ?? []) tryAt(pattern, at);
      for (const pattern of anywhere) tryAt(pattern, at);
    }
    return found;
  }
}
