/**
 * Regex fragments shared by the compiler. Page text is matched as it is (mark.js wraps the
 * original text node). The regex reads letters as written (NFC) and no invisible characters
 * inside a term: accepting an NFD spelling and a soft hyphen before every letter made the
 * bundled lexicon's regex several times longer, and slower to build and compile on every page.
 * The rare text that has them goes through a slow path instead (see tolerant.ts).
 */
/*
 * Letters, combining marks and digits are spelled out as BMP ranges (word-ranges.ts, generated).
 * `\p{L}` also covers astral planes, which makes V8 match every class test as a surrogate-pair
 * alternation, several times slower on whole pages; astral letters next to a Swedish word are
 * not a case worth paying for. `\p{…}` classes also make `new RegExp`, its first execs and page
 * scans slower (ICU lookups per class), though the source would be much shorter.
 */
import { MAX_COMPOUND_PREFIX } from './steps';
import { joinsWordOf, startsWordOf, wordStartOf } from './word-class';
import { WORD_RANGES } from './word-ranges';

/** Soft hyphen and zero-width characters that may sit inside a word. */
export const INVISIBLE = '[\u00AD\u200B-\u200D\u2060]';

export const WORD_START = wordStartOf(WORD_RANGES);
/** Fixed-width, as WORD_START. */
export const WORD_END = `(?!${joinsWordOf(WORD_RANGES)})`;
export const STARTS_WORD = startsWordOf(WORD_RANGES);

const WORD_CHAR = `[${WORD_RANGES}\u00AD\u200B-\u200D\u2060]`;
/** `stem*`: greedy to the end of the word; it cannot backtrack into a boundary check. */
export const STEM_REST = `${WORD_CHAR}*`;
/** `*head`: at least one letter before the head (the bare word is a separate term), bounded and lazy so a word start costs at most this many attempts. */
export const COMPOUND_PREFIX = `${WORD_CHAR}{1,${MAX_COMPOUND_PREFIX}}?`;

/** Any run of whitespace, line breaks included, between the words of a phrase. */
export const PHRASE_GAP = '\\s+';

const SYNTAX = /[\\^$.*+?()[\]{}|/]/;
const HYPHENS = '[\\-\u2010\u2011]';
const APOSTROPHES = "['\u2019]";

/** One pattern character as a regex atom accepting its case variants (NFC text; see tolerant.ts). */
export function charAtom(char: string, caseSensitive: boolean): string {
  if (char === '-') return HYPHENS;
  if (char === "'" || char === '\u2019') return APOSTROPHES;
  const variants = caseSensitive ? [char] : unique([char, char.toLowerCase(), char.toUpperCase()]);
  const single = variants.filter((v) => [...v].length === 1);
  return single.length === 1 ? escapeChar(single[0] ?? char) : `[${single.join('')}]`;
}

/** The characters `charAtom` can begin with. */
export function startChars(char: string, caseSensitive: boolean): string {
  if (char === '-') return '-\u2010\u2011';
  if (char === "'" || char === '\u2019') return "'\u2019";
  const variants = caseSensitive ? [char] : [char, char.toLowerCase(), char.toUpperCase()];
  return unique(variants.filter((v) => [...v].length === 1)).join('');
}

function escapeChar(char: string): string {
  return SYNTAX.test(char) ? `\\${char}` : char;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
