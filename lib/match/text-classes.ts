/**
 * Regex fragments shared by the compiler. Page text is matched as it is (mark.js wraps the
 * original text node), so instead of normalising the text we make the regex accept NFD letters
 * and invisible characters that pages put inside words.
 */

/**
 * Letters, combining marks and digits of the Basic Multilingual Plane as an explicit range list.
 * `\p{L}` also covers astral planes, which makes V8 match every class test as a surrogate-pair
 * alternation: five times slower on whole pages. Astral letters next to a Swedish word are not
 * a case worth paying for.
 */
const WORD_RANGES = bmpRanges(/[\p{L}\p{M}\p{N}]/u);

function bmpRanges(test: RegExp): string {
  const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
  const ranges: [number, number][] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (!test.test(String.fromCharCode(c))) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else ranges.push([c, c]);
  }
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
}

/** Soft hyphen and zero-width characters that may sit inside a word. */
export const INVISIBLE = '[\u00AD\u200B-\u200D\u2060]';

/** Characters that make the neighbour part of the same word. ZWSP is a break opportunity, so not here. */
const JOINS_WORD = `[${WORD_RANGES}\u00AD\u200C\u200D\u2060]`;

/** Fixed-width lookarounds: variable-width ones over runs of invisibles would be quadratic. */
export const WORD_START = `(?<!${JOINS_WORD})`;
export const WORD_END = `(?!${JOINS_WORD})`;
/** Every term starts with a letter or digit (compound prefixes included). */
export const STARTS_WORD = `(?=[${WORD_RANGES}])`;

const WORD_CHAR = `[${WORD_RANGES}\u00AD\u200B-\u200D\u2060]`;
/** `stem*`: greedy to the end of the word; it cannot backtrack into a boundary check. */
export const STEM_REST = `${WORD_CHAR}*`;
/** `*head`: at least one letter before the head (the bare word is a separate term), bounded and lazy so a word start costs at most this many attempts. */
export const MAX_COMPOUND_PREFIX = 40;
export const COMPOUND_PREFIX = `${WORD_CHAR}{1,${MAX_COMPOUND_PREFIX}}?`;

/** Any run of whitespace, line breaks included, between the words of a phrase. */
export const PHRASE_GAP = '\\s+';

const SYNTAX = /[\\^$.*+?()[\]{}|/]/;
const HYPHENS = '[\\-\u2010\u2011]';
const APOSTROPHES = "['\u2019]";

/** One pattern character as a regex atom accepting its case variants and its NFD spelling. */
export function charAtom(char: string, caseSensitive: boolean): string {
  if (char === '-') return HYPHENS;
  if (char === "'" || char === '\u2019') return APOSTROPHES;
  const variants = caseSensitive ? [char] : unique([char, char.toLowerCase(), char.toUpperCase()]);
  const single = variants.filter((v) => [...v].length === 1);
  const decomposed = unique(single.map((v) => v.normalize('NFD')).filter((d) => d.length > 1));
  const simple = single.length === 1 ? escapeChar(single[0] ?? char) : `[${single.join('')}]`;
  if (decomposed.length === 0) return simple;
  return `(?:${simple}|${decomposeAlternatives(decomposed)})`;
}

/** Å and å decompose to A/a + U+030A: group by the combining tail to keep the regex short. */
/** The characters `charAtom` can begin with (NFD spellings begin with their base letter). */
export function startChars(char: string, caseSensitive: boolean): string {
  if (char === '-') return '-\u2010\u2011';
  if (char === "'" || char === '\u2019') return "'\u2019";
  const variants = caseSensitive ? [char] : [char, char.toLowerCase(), char.toUpperCase()];
  const single = variants.filter((v) => [...v].length === 1);
  return unique([...single, ...single.map((v) => [...v.normalize('NFD')][0] ?? v)]).join('');
}

function decomposeAlternatives(forms: string[]): string {
  const basesByTail = new Map<string, string[]>();
  for (const form of forms) {
    const [base = '', ...tail] = [...form];
    const key = tail.join('');
    basesByTail.set(key, [...(basesByTail.get(key) ?? []), base]);
  }
  return [...basesByTail]
    .map(([tail, bases]) => (bases.length === 1 ? escapeChar(bases[0] ?? '') : `[${bases.join('')}]`) + tail)
    .join('|');
}

function escapeChar(char: string): string {
  return SYNTAX.test(char) ? `\\${char}` : char;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
