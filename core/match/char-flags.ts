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

/** One item of a class (`\u00e5` or a literal character), optionally a range to another. */
const RANGE = /(\\u[0-9a-fA-F]{4}|[^\\])(?:-(\\u[0-9a-fA-F]{4}|[^\\]))?/gy;
const codeOf = (item: string) =>
  item.length === 1 ? item.charCodeAt(0) : Number.parseInt(item.slice(2), 16);

/** The flags table for a word class written as the inside of a regex class (`\u0030-\u0039\u00aa…` or `a-z`). */
export function charFlags(wordRanges: string): Uint8Array {
  const flags = new Uint8Array(0x10000);
  RANGE.lastIndex = 0;
  let read = 0;
  for (let m = RANGE.exec(wordRanges); m; m = RANGE.exec(wordRanges)) {
    const from = codeOf(m[1] as string);
    const to = m[2] === undefined ? from : codeOf(m[2]);
    flags.fill(WORD, from, to + 1);
    read = RANGE.lastIndex;
  }
  if (read !== wordRanges.length) {
    throw new Error(`word class: cannot read "${wordRanges.slice(read, read + 20)}" at ${read}`);
  }
  for (const code of [0xad, 0x200c, 0x200d, 0x2060]) flags[code] = (flags[code] ?? 0) | JOINER;
  for (const code of [0xad, 0x200b, 0x200c, 0x200d, 0x2060]) flags[code] = (flags[code] ?? 0) | INVISIBLE;
  for (const [from, to] of SPACES) for (let c = from; c <= to; c++) flags[c] = (flags[c] ?? 0) | SPACE;
  return flags;
}
