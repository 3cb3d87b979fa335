/**
 * Terms as steps: the compiled form of a lexicon pattern that the page-side matcher walks
 * (term-trie.ts) instead of running one big regex. A 144 kB regex of every term took V8 over
 * 30 ms to compile on its first exec, on every page view; walking a trie of steps needs no
 * compile at all.
 *
 * A step is either a set of characters the text may have at that place (a pattern letter in its
 * case variants, or one of the hyphen or apostrophe variants), or one of three markers:
 * whitespace between the words of a phrase, the rest of a stem in the middle of a phrase, and the
 * letters before a compound head. A term is stored as one string: its ending ('e' exact, 's'
 * stem) and its steps joined by a separator no pattern character can be.
 */

// Markers and separator are characters a pattern can never hold (pattern.ts), and printable, so
// the stored JSON spells each in one character, not six.
/** `\s+` between the words of a phrase. */
export const GAP = '_';
/** `word*` inside a phrase: any letters up to the end of the word (greedy). */
export const STEM = '*';
/** `*head`: one to MAX_COMPOUND_PREFIX letters before the head, as few as will do (lazy). */
export const PREFIX = '+';
export const SEP = ' ';
/** At most this many letters before a compound head, so a word start costs a bounded number of tries. */
export const MAX_COMPOUND_PREFIX = 40;

export type Ending = 'exact' | 'stem';

export interface TermSteps {
  steps: string[];
  ending: Ending;
}

export function decodeSteps(encoded: string): TermSteps {
  const ending = encoded[0] === 's' ? 'stem' : 'exact';
  const body = encoded.slice(1);
  return { steps: body === '' ? [] : body.split(SEP), ending };
}
