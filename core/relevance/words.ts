/**
 * Text as cue matching reads it: words in order, with what the lexicon treats as the same text
 * made the same (NFC letters, no soft hyphens or zero-width characters). Like the lexicon, a
 * word ends at anything that is not a letter, mark or digit, hyphens and colons included ("LO"
 * in "LO-förbunden" and "LO:s"), in the text and in patterns alike. A phrase may only run over
 * whitespace or a single hyphen between its words, never across other punctuation.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** What may stand between two words of one phrase: whitespace, or one hyphen of any kind. */
const JOIN = /^(?:\s+|[-\u2010\u2011])$/u;

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
  for (const match of clean.matchAll(WORD)) {
    if (end >= 0) joined.push(JOIN.test(clean.slice(end, match.index)));
    words.push(match[0]);
    end = match.index + match[0].length;
  }
  return { words, joined };
}
