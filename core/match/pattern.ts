/**
 * Parser for lexicon patterns (docs/lexicon-syntax.md). Patterns are literal words plus two
 * operators: `*` at the start or end of a word, and a single space between words. Anything that
 * looks like a regular expression is refused, so a pack can never smuggle a slow regex in.
 */

export interface PatternWord {
  /** Literal text of the word, NFC. */
  text: string;
  /** `*word`: the word may be the head of a compound (letters before it). */
  head: boolean;
  /** `word*`: any inflection or compound continuation after it. */
  stem: boolean;
}

export interface ParsedPattern {
  source: string;
  words: PatternWord[];
  /** A term with any capital letter is matched case-sensitively (LO, Kommunal, IF Metall). */
  caseSensitive: boolean;
}

export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    /** 0-based index into the pattern where the problem is. */
    readonly position: number,
    readonly reason: string,
  ) {
    super(`Bad lexicon pattern "${pattern}" at position ${position + 1}: ${reason}`);
    this.name = 'PatternError';
  }
}

const MAX_LENGTH = 120;
const MAX_WORDS = 6;
/** Shorter stems would match a large share of all Swedish words. */
const MIN_STEM_LETTERS = 3;
const MIN_HEAD_LETTERS = 4;

const LITERAL = /[\p{L}\p{M}\p{N}]/u;
/** Punctuation allowed inside a word, never at its edges: a-kassa, LO:s, t.ex, O'Brien. */
const INNER_PUNCTUATION = new Set(['-', ':', '.', "'", '’', '&']);

export function parsePattern(source: string): ParsedPattern {
  const pattern = source.normalize('NFC');
  if (pattern.length === 0) throw new PatternError(source, 0, 'empty pattern');
  if (pattern.length > MAX_LENGTH) {
    throw new PatternError(source, MAX_LENGTH, `longer than ${MAX_LENGTH} characters`);
  }
  const words: PatternWord[] = [];
  let start = 0;
  for (const part of pattern.split(' ')) {
    words.push(parseWord(source, part, start));
    start += part.length + 1;
  }
  if (words.length > MAX_WORDS) {
    throw new PatternError(source, 0, `more than ${MAX_WORDS} words in one phrase`);
  }
  return { source: pattern, words, caseSensitive: pattern !== pattern.toLowerCase() };
}

function parseWord(source: string, part: string, offset: number): PatternWord {
  if (part.length === 0) {
    const why = offset === 0 ? 'leading space' : 'words must be separated by exactly one space';
    throw new PatternError(source, offset, why);
  }
  const head = part.startsWith('*');
  const stem = part.length > 1 && part.endsWith('*');
  const text = part.slice(head ? 1 : 0, stem ? -1 : undefined);
  const textOffset = offset + (head ? 1 : 0);
  [...text].forEach((char, i) => {
    const at = textOffset + i;
    if (LITERAL.test(char)) return;
    if (char === '*') throw new PatternError(source, at, '"*" is only allowed at the start or end of a word');
    if (!INNER_PUNCTUATION.has(char)) {
      throw new PatternError(
        source,
        at,
        `"${char}" is not allowed (patterns are literal text, not regular expressions)`,
      );
    }
    if (i === 0 || i === text.length - 1) {
      throw new PatternError(source, at, `"${char}" may only stand between letters`);
    }
  });
  const letters = [...text].filter((c) => LITERAL.test(c)).length;
  if (letters === 0) throw new PatternError(source, textOffset, 'a word needs at least one letter or digit');
  if (stem && letters < MIN_STEM_LETTERS) {
    throw new PatternError(
      source,
      textOffset,
      `"${text}*" is too short a stem (at least ${MIN_STEM_LETTERS} letters)`,
    );
  }
  if (head && letters < MIN_HEAD_LETTERS) {
    throw new PatternError(
      source,
      offset,
      `"*${text}" is too short a compound head (at least ${MIN_HEAD_LETTERS} letters)`,
    );
  }
  return { text, head, stem };
}
