/**
 * One byte per UTF-16 unit of the Basic Multilingual Plane saying what the matcher needs to know
 * of a character: a table lookup per character instead of a regex class test. Built from the word
 * class in the stored matcher data (a few hundred ranges), so the content script bundles no table.
 */

/** A letter, combining mark or digit (the word class). */
export const WORD = 1;
/** Soft hyphen and joiners: they glue their neighbours into one word (word-class.ts). */
export const JOINER = 2;
/** Invisible characters a stem or compound prefix may run over (text-classes.ts INVISIBLE). */
export const INVISIBLE = 4;
/** What `\s` matches in a regex with the `u` flag. */
export const SPACE = 8;

/** `\s` with the `u` flag: WhiteSpace and LineTerminator (ECMA-262), all in the BMP. */
const SPACES = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
] as const;

/**
 * The flags table for a word class stored as pairs of UTF-16 units, the first and last of each
 * range (wordPairs): one fill per range, nothing to parse.
 */
export function charFlags(pairs: string): Uint8Array {
  if (pairs.length % 2 !== 0) throw new Error(`word class: ${pairs.length} units, not pairs`);
  const flags = new Uint8Array(0x10000);
  for (let i = 0; i < pairs.length; i += 2)
    flags.fill(WORD, pairs.charCodeAt(i), pairs.charCodeAt(i + 1) + 1);
  for (const code of [0xad, 0x200c, 0x200d, 0x2060]) flags[code] = (flags[code] ?? 0) | JOINER;
  for (const code of [0xad, 0x200b, 0x200c, 0x200d, 0x2060]) flags[code] = (flags[code] ?? 0) | INVISIBLE;
  for (const [from, to] of SPACES) for (let c = from; c <= to; c++) flags[c] = (flags[c] ?? 0) | SPACE;
  return flags;
}

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** The inside of a regex class for the stored pairs, as word-ranges.ts writes it (sense rules need it as regex text). */
export function classOfPairs(pairs: string): string {
  let source = '';
  for (let i = 0; i < pairs.length; i += 2) {
    const from = pairs.charCodeAt(i);
    const to = pairs.charCodeAt(i + 1);
    source += from === to ? hex(from) : `${hex(from)}-${hex(to)}`;
  }
  return source;
}
