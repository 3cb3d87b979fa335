/**
 * The slow path for text the compiled regex does not read as it is: soft hyphens and zero-width
 * characters inside words, and letters written decomposed (NFD: `a` + U+030A). Such text is rare,
 * so instead of accepting them before every letter of every term (which made the regex huge), a
 * text that has them is matched on a cleaned copy, and the matches are mapped back to offsets in
 * the original text.
 */

/** Characters that continue a word: letters, marks, digits and the punctuation terms may hold inside. */
const IN_WORD = /[\p{L}\p{M}\p{N}\-\u2010\u2011:.'\u2019&]/u;
const MARK = /\p{M}/u;

/**
 * A regex that finds the characters that send a text down the slow path: invisibles, and the
 * combining marks that appear in the NFD spelling of some pattern letter (other marks can never
 * be part of a term, and the regex's word classes already treat them as letters).
 */
export function trickyCharacters(patternChars: Iterable<string>): RegExp {
  const marks = new Set<string>();
  for (const char of patternChars) {
    for (const variant of [char, char.toLowerCase(), char.toUpperCase()]) {
      for (const part of variant.normalize('NFD')) if (MARK.test(part)) marks.add(part);
    }
  }
  return new RegExp(`[\\u00AD\\u200B-\\u200D\\u2060${[...marks].join('')}]`, 'u');
}

export interface CleanText {
  text: string;
  /** For each UTF-16 unit of `text`, where its piece of the original starts and ends. */
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Drops the invisible characters that sit inside a word (between two word characters) and
 * composes letters with their combining marks (NFC). Invisibles at a word's edge stay: the regex
 * treats them as it always did (a soft hyphen glued to a word keeps a term from starting there).
 * Linear, and copies untouched stretches of text whole.
 */
export function cleanText(original: string): CleanText {
  const length = original.length;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const parts: string[] = [];
  let out = 0;
  /** Start of the stretch of original text not yet copied. */
  let pending = 0;
  /** Start of the last base character (a mark after it composes with it), -1 if none can. */
  let base = -1;
  const copy = (end: number) => {
    for (let k = pending; k < end; k++) {
      starts[out] = k;
      ends[out] = k + 1;
      out++;
    }
    if (end > pending) parts.push(original.slice(pending, end));
    pending = end;
  };
  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    if (isInvisible(code)) {
      let runEnd = i + 1;
      while (runEnd < length && isInvisible(original.charCodeAt(runEnd))) runEnd++;
      if (i > 0 && runEnd < length && inWord(original, i - 1) && inWord(original, runEnd)) {
        // Inside a word: dropped.
        copy(i);
        pending = runEnd;
      }
      base = -1;
      i = runEnd;
      continue;
    }
    if (code >= 0x300 && base >= pending && isMark(code)) {
      let end = i + 1;
      while (end < length && isMark(original.charCodeAt(end))) end++;
      copy(base);
      const piece = compose(original.slice(base, end));
      for (let k = 0; k < piece.length; k++) {
        starts[out] = base;
        ends[out] = end;
        out++;
      }
      parts.push(piece);
      pending = end;
      base = -1;
      i = end;
      continue;
    }
    base = i;
    i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  copy(length);
  return { text: parts.join(''), starts, ends };
}

const composed = new Map<string, string>();

function compose(piece: string): string {
  let result = composed.get(piece);
  if (result === undefined) {
    result = piece.normalize('NFC');
    if (composed.size < 1000) composed.set(piece, result);
  }
  return result;
}

function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060;
}

function isMark(code: number): boolean {
  // U+0300–U+036F, the marks of Latin letters, are all combining marks: no regex for them.
  if (code < 0x300) return false;
  return code <= 0x36f || MARK.test(String.fromCharCode(code));
}

/** Whether the UTF-16 unit at index is part of a word character (for a surrogate, its pair). */
function inWord(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return ASCII_IN_WORD.test(text[index] ?? '');
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) return IN_WORD.test(text.slice(index - 1, index + 1));
  if (code >= 0xd800 && code <= 0xdbff) return IN_WORD.test(text.slice(index, index + 2));
  return IN_WORD.test(text[index] ?? '');
}

const ASCII_IN_WORD = /[A-Za-z0-9\-:.'&]/;
