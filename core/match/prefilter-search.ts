/**
 * Page side of the block prefilter (prefilter.ts): whether a text contains any of the stored
 * words. Words are bucketed by a hash of their first three characters, so each place in the
 * text costs one typed-array read and, where some word starts with those three, a startsWith or a
 * few. It compiles nothing, and building the buckets for a lexicon's words takes well under a
 * millisecond. Buckets keyed on two characters were hit at most places of a Swedish text ("ar"
 * starts 20 of the bundled words, and every "var" and "har" held it): this scan cost more than
 * it saved on a page where most paragraphs hold a term (npm run bench, 1 500 text nodes: the
 * pipeline 0.28 ms faster keyed on three, A/B over 151 pairs).
 */
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
  /** Bucket number + 1 of the words of three or more UTF-16 units, by the hash of their first three; 0: none. */
  byTriple: Uint16Array;
  buckets: string[][];
  /** Words of one or two units (LO), looked for with includes. */
  short: string[];
}

/** A bucket per slot at most, so a bucket number always fits the table's 16 bits. */
const TRIPLE_TABLE_SIZE = 1 << 15;
const tripleHash = (a: number, b: number, c: number) => ((a * 131 + b) * 131 + c) & (TRIPLE_TABLE_SIZE - 1);

function wordTable(words: readonly string[]): WordTable {
  const byTriple = new Uint16Array(TRIPLE_TABLE_SIZE);
  const buckets: string[][] = [];
  const short: string[] = [];
  for (const word of words) {
    if (word.length < 3) {
      short.push(word);
      continue;
    }
    const at = tripleHash(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2));
    const bucket = byTriple[at] as number;
    if (bucket > 0) buckets[bucket - 1]?.push(word);
    else byTriple[at] = buckets.push([word]);
  }
  return { byTriple, buckets, short };
}

function holdsAny(text: string, { byTriple, buckets, short }: WordTable): boolean {
  for (const word of short) if (text.includes(word)) return true;
  const last = text.length - 2;
  let b = text.charCodeAt(0);
  let c = text.charCodeAt(1);
  for (let i = 0; i < last; i++) {
    const a = b;
    b = c;
    c = text.charCodeAt(i + 2);
    const bucket = byTriple[tripleHash(a, b, c)] as number;
    if (bucket === 0) continue;
    for (const word of buckets[bucket - 1] as string[]) if (text.startsWith(word, i)) return true;
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
