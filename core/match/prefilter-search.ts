/**
 * Page side of the block prefilter (prefilter.ts): whether a text contains any of the stored
 * words. Words are bucketed by a hash of their first two characters, so each place in the text
 * costs one array read and, where some word starts with that pair, a startsWith or two. It
 * compiles nothing, and building the buckets for a lexicon's words takes well under a
 * millisecond.
 */
import { PAIR_TABLE_SIZE, pairHash } from './pair-hash.ts';
import type { PrefilterData } from './prefilter.ts';

const VARIANT = /[\u2010\u2011\u2019]/;
const VARIANTS = /[\u2010\u2011\u2019]/g;

/**
 * Hyphen and apostrophe variants the terms accept for `-` and `'` (text-classes.ts charAtom),
 * written as the plain character on both sides of the compare. Most texts have none: no copy.
 */
export const foldPunctuation = (text: string) =>
  VARIANT.test(text) ? text.replace(VARIANTS, (c) => (c === '\u2019' ? "'" : '-')) : text;

interface WordTable {
  /** Words of two or more UTF-16 units, by the hash of their first two. */
  byPair: (string[] | undefined)[];
  /** One-unit words, looked for with includes. */
  singles: string[];
}

function wordTable(words: readonly string[]): WordTable {
  const byPair: (string[] | undefined)[] = new Array(PAIR_TABLE_SIZE);
  const singles: string[] = [];
  for (const word of words) {
    if (word.length < 2) {
      singles.push(word);
      continue;
    }
    const at = pairHash(word.charCodeAt(0), word.charCodeAt(1));
    const bucket = byPair[at];
    if (bucket) bucket.push(word);
    else byPair[at] = [word];
  }
  return { byPair, singles };
}

function holdsAny(text: string, { byPair, singles }: WordTable): boolean {
  for (const single of singles) if (text.includes(single)) return true;
  const last = text.length - 1;
  let next = text.charCodeAt(0);
  for (let i = 0; i < last; i++) {
    const first = next;
    next = text.charCodeAt(i + 1);
    const bucket = byPair[pairHash(first, next)];
    if (bucket === undefined) continue;
    for (const word of bucket) if (text.startsWith(word, i)) return true;
  }
  return false;
}

/** The prefilter's test: false only when the text holds none of the words. */
export function prefilterSearch(data: PrefilterData | null): (text: string) => boolean {
  if (data === null) return () => true;
  const folded = wordTable(data.folded === '' ? [] : data.folded.split('\n'));
  const exact = data.exact === '' ? undefined : wordTable(data.exact.split('\n'));
  return (text) => {
    const plain = foldPunctuation(text);
    return holdsAny(plain.toLowerCase(), folded) || (exact !== undefined && holdsAny(plain, exact));
  };
}
