/**
 * The runtime half of senses.ts: checks a term's context rules where it matched. Kept apart from
 * the parser so a matcher built from stored data (matcher-data.ts) carries no lexicon parser.
 */

export type SenseKind = 'near' | 'preceded by' | 'followed by';

/** A rule ready to check: its context words already turned into one regex alternation. */
export interface CompiledSense {
  kind: SenseKind;
  negated: boolean;
  window: number;
  /** Regex source matching any of the rule's context words, e.g. `(?:[jJ]obb…|[0-9]+…)`. */
  words: string;
}

/** Where a match sits: its text (one text node) and its offsets in it. */
export type SenseCheck = (text: string, start: number, end: number) => boolean;

/** Between a context word and the term: spaces and quotation marks, nothing that ends a clause. */
const GAP = '[\\s"“”\'’«»]+';
/** How far either side the rules read; a sentence is rarely longer. */
const REACH = 300;

/**
 * The check for a term's rules, undefined when it has none (the usual case). `wordStart` is the
 * lookbehind that tells a word starts (word-class.ts), so a context word is not read inside another.
 */
export function checkSenses(rules: readonly CompiledSense[], wordStart: string): SenseCheck | undefined {
  if (rules.length === 0) return undefined;
  const checks = rules.map((rule) => ruleCheck(rule, wordStart));
  return (text, start, end) => checks.every((check) => check(text, start, end));
}

function ruleCheck(rule: CompiledSense, wordStart: string): SenseCheck {
  const present = presence(rule, wordStart);
  return rule.negated ? (text, start, end) => !present(text, start, end) : present;
}

function presence({ kind, window, words }: CompiledSense, wordStart: string): SenseCheck {
  if (kind === 'preceded by') {
    const re = new RegExp(`${wordStart}${words}${GAP}$`, 'u');
    return (text, start) => re.test(text.slice(Math.max(0, start - REACH), start));
  }
  if (kind === 'followed by') {
    const re = new RegExp(`^${GAP}${words}`, 'u');
    return (text, _start, end) => re.test(text.slice(end, end + REACH));
  }
  const re = new RegExp(`${wordStart}${words}`, 'u');
  return (text, start, end) =>
    re.test(wordsBefore(text, start, window)) || re.test(wordsAfter(text, end, window));
}

/** The last `count` words before `start`, not reaching back past the end of a sentence. */
export function wordsBefore(text: string, start: number, count: number): string {
  const before = text.slice(Math.max(0, start - REACH), start);
  const sentence = before.slice(lastSentenceEnd(before));
  return wordsOf(sentence).slice(-count).join(' ');
}

/** The first `count` words after `end`, not reaching past the end of its sentence. */
export function wordsAfter(text: string, end: number, count: number): string {
  const after = text.slice(end, end + REACH);
  const stop = /[.!?](?=\s|$)/.exec(after);
  const sentence = stop ? after.slice(0, stop.index) : after;
  return wordsOf(sentence).slice(0, count).join(' ');
}

/** Punctuation standing alone ("–", ",") is not a word. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function lastSentenceEnd(text: string): number {
  let cut = 0;
  for (const m of text.matchAll(/[.!?]\s/g)) cut = m.index + m[0].length;
  return cut;
}
