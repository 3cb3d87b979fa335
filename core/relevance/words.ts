/**
 * Text as cue matching reads it: words in order, with what the lexicon treats as the same text
 * made the same (NFC letters, no soft hyphens or zero-width characters). Like the lexicon, a
 * word ends at anything that is not a letter, mark or digit, hyphens and colons included ("LO"
 * in "LO-förbunden" and "LO:s"), in the text and in patterns alike. A phrase may only run over
 * whitespace or a single hyphen between its words, never across other punctuation.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface Words {
  words: string[];
  /** `joined[i]`: words i and i + 1 may be read as one phrase. */
  joined: boolean[];
}

export function wordsOf(text: string): Words {
  const clean = text.normalize('NFC').replace(INVISIBLE, '');
  const words: string[] = [];
  const joined: boolean[] = [];
  let end = -1;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(clean); match; match = WORD.exec(clean)) {
    if (end >= 0) joined.push(joins(clean, end, match.index));
    words.push(match[0]);
    end = WORD.lastIndex;
  }
  return { words, joined };
}

/** Whitespace, or one hyphen of any kind (a character loop: this runs once per word of a page). */
function joins(text: string, from: number, to: number): boolean {
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return true;
  }
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The characters `\s` matches. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
