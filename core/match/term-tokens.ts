/**
 * Turns a parsed pattern into a list of regex tokens. Tokens rather than one string so that the
 * terms of a topic can share prefixes in a trie (see trie.ts), which keeps the regex small and
 * lets the engine reject most word starts after one character.
 */
import type { ParsedPattern, PatternWord } from './pattern.ts';
import { COMPOUND_PREFIX, charAtom, PHRASE_GAP, STEM_REST, startChars, WORD_END } from './text-classes.ts';

export interface TermTokens {
  /** Everything but the final word ending. */
  body: string[];
  /** For each body token, the characters it can start with ('' when any: prefixes, gaps). */
  starts: string[];
  /** How the last word ends: exactly (`vård`) or with any continuation (`vård*`). */
  ending: 'exact' | 'stem';
}

/**
 * The ending is kept apart so that all terms with the same ending share one copy of it: the
 * Unicode classes it contains are large, and thousands of copies made the regex slow to run.
 */
export function termTokens(pattern: ParsedPattern): TermTokens {
  const body: string[] = [];
  const starts: string[] = [];
  pattern.words.forEach((word, i) => {
    if (i > 0) {
      body.push(PHRASE_GAP);
      starts.push('');
    }
    const tokens = wordTokens(word, pattern.caseSensitive, i === pattern.words.length - 1);
    body.push(...tokens.map((t) => t.source));
    starts.push(...tokens.map((t) => t.starts));
  });
  const last = pattern.words[pattern.words.length - 1];
  return { body, starts, ending: last?.stem ? 'stem' : 'exact' };
}

export function endingSource(ending: TermTokens['ending']): string {
  return ending === 'stem' ? STEM_REST : WORD_END;
}

export function termSource(tokens: TermTokens): string {
  return tokens.body.join('') + endingSource(tokens.ending);
}

interface Token {
  source: string;
  starts: string;
}

function wordTokens(word: PatternWord, caseSensitive: boolean, last: boolean): Token[] {
  const tokens: Token[] = word.head ? [{ source: COMPOUND_PREFIX, starts: '' }] : [];
  [...word.text].forEach((char, i) => {
    // Soft hyphens and NFD spellings inside the word are the slow path's (tolerant.ts).
    tokens.push({
      source: charAtom(char, caseSensitive),
      starts: i === 0 ? startChars(char, caseSensitive) : '',
    });
  });
  // The last word's ending is added by the caller, once per trie.
  if (word.stem && !last) tokens.push({ source: STEM_REST, starts: '' });
  return tokens;
}
