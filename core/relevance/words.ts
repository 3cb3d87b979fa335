/**
 * Text as cue matching reads it: words in order, with what the lexicon treats as the same text
 * made the same (NFC letters, no soft hyphens or zero-width characters, one kind of hyphen).
 * Inner punctuation other than the hyphen splits a word ("LO:s" is LO and s), in the text and in
 * patterns alike, so a pattern word matches exactly when the lexicon's own boundaries would.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;
const HYPHENS = /[\u2010\u2011]/g;
const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

export function wordsOf(text: string): string[] {
  const clean = text.normalize('NFC').replace(INVISIBLE, '').replace(HYPHENS, '-');
  return clean.match(WORD) ?? [];
}
