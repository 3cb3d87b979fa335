/**
 * Compile side of the stored word class: the regex class text of word-ranges.ts as pairs of UTF-16
 * units (char-flags.ts reads them). A page reading 700 ranges out of 6 kB of regex text with a
 * regex took 2 ms of a cold renderer; the pairs are 1.4 kB and read with one fill each.
 */

/** One item of a class (`\u00e5` or a literal character), optionally a range to another. */
const RANGE = /(\\u[0-9a-fA-F]{4}|[^\\])(?:-(\\u[0-9a-fA-F]{4}|[^\\]))?/gy;
const codeOf = (item: string) =>
  item.length === 1 ? item.charCodeAt(0) : Number.parseInt(item.slice(2), 16);

/** The pairs for a word class written as the inside of a regex class (`\u0030-\u0039\u00aa…` or `a-z`). */
export function wordPairs(wordRanges: string): string {
  let pairs = '';
  RANGE.lastIndex = 0;
  let read = 0;
  for (let m = RANGE.exec(wordRanges); m; m = RANGE.exec(wordRanges)) {
    const from = codeOf(m[1] as string);
    const to = m[2] === undefined ? from : codeOf(m[2]);
    pairs += String.fromCharCode(from, to);
    read = RANGE.lastIndex;
  }
  if (read !== wordRanges.length) {
    throw new Error(`word class: cannot read "${wordRanges.slice(read, read + 20)}" at ${read}`);
  }
  return pairs;
}
