/**
 * The sentence around a position in a text: what a reader's feedback on a highlight shows a
 * pack author (only when the reader chooses to include it). Pure.
 */

/** A sentence longer than this is cut around the position, with an ellipsis. */
export const MAX_SENTENCE_CHARS = 300;

/** Ends a sentence: . ! ? … followed by whitespace, or a line break. */
const END = /[.!?…]["”’)]*\s+|\n+/g;

export function sentenceAt(text: string, at: number): string {
  let start = 0;
  let end = text.length;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop <= at) start = stop;
    else {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  const offset = Math.max(
    0,
    Math.min(at - start - MAX_SENTENCE_CHARS / 2, sentence.length - MAX_SENTENCE_CHARS),
  );
  const cut = sentence.slice(offset, offset + MAX_SENTENCE_CHARS).trim();
  return `${offset > 0 ? '…' : ''}${cut}${offset + MAX_SENTENCE_CHARS < sentence.length ? '…' : ''}`;
}
