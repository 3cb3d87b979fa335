/**
 * Word-boundary fragments built from a word-character class. The class itself (word-ranges.ts,
 * 6 kB) is written into stored matcher data by the compiler, so the content script builds these
 * from the data and does not bundle the table.
 */

/** Soft hyphen and joiners: they make the neighbour part of the same word. ZWSP is a break opportunity, so not here. */
const JOINERS = '\u00AD\u200C\u200D\u2060';

/** A character that makes its neighbour part of the same word, for `ranges` (BMP ranges, no brackets). */
export const joinsWordOf = (ranges: string): string => `[${ranges}${JOINERS}]`;

/** Fixed-width lookbehind: a variable-width one over runs of invisibles would be quadratic. */
export const wordStartOf = (ranges: string): string => `(?<!${joinsWordOf(ranges)})`;

/** Every term starts with a letter or digit (compound prefixes included). */
export const startsWordOf = (ranges: string): string => `(?=[${ranges}])`;
