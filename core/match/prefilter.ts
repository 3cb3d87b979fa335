/**
 * Compile side of the block prefilter (prefilter-search.ts has the page side). Every match of a
 * term contains one of its words letter for letter, in the case variants the term accepts, so a
 * text that contains none of those words has no match, wherever its text node boundaries fall.
 * The words are stored as plain strings a page finds with string compares: the same test as one
 * regex alternation of them, which V8 took 10–15 ms to compile on every page view.
 */
import type { ParsedPattern } from './pattern.ts';
import { foldPunctuation } from './prefilter-search.ts';

/** Each list is one string, a word per line (words hold no line breaks), so storage hands a page two strings, not hundreds. */
export interface PrefilterData {
  /** Words of case-insensitive terms, lower-cased: looked for in the lower-cased text. */
  folded: string;
  /** Words of case-sensitive terms (LO, Sverige), as written: looked for in the text as it is. */
  exact: string;
}

/**
 * Whether the lower-cased text holds `c.toLowerCase()` wherever the text holds a case variant
 * that a term's `c` accepts (charAtom: c, its lower and its upper case, one UTF-16 unit each).
 * True for every Latin letter. Sigma is not: the text's final Σ lower-cases to ς, not σ.
 */
function foldsCleanly(c: string): boolean {
  const lower = c.toLowerCase();
  if (lower.length !== 1 || lower === 'σ' || lower === 'ς') return false;
  return [c.toUpperCase(), lower].every((v) => v.length !== 1 || v.toLowerCase() === lower);
}

/** The word of a pattern a match must contain: its longest, as the rarest in text. */
function necessaryWord(pattern: ParsedPattern): string {
  return pattern.words.reduce((a, b) => ([...b.text].length > [...a.text].length ? b : a)).text;
}

/** Collects the patterns' necessary words; data() drops the words that contain another (redundant). */
export class PrefilterBuilder {
  private readonly folded = new Set<string>();
  private readonly exact = new Set<string>();
  /** Set when a word cannot be found by folding case: then every text may match. */
  private unfoldable = false;

  add(pattern: ParsedPattern): void {
    const word = foldPunctuation(necessaryWord(pattern));
    if (pattern.caseSensitive) this.exact.add(word);
    else if ([...word].every(foldsCleanly)) this.folded.add(word.toLowerCase());
    else this.unfoldable = true;
  }

  /** null: no test can rule a text out (a word that does not fold). */
  data(): PrefilterData | null {
    if (this.unfoldable) return null;
    return { folded: minimal(this.folded).join('\n'), exact: minimal(this.exact).join('\n') };
  }
}

/** The words that contain no other word of the set, shortest first. */
function minimal(words: Set<string>): string[] {
  const kept: string[] = [];
  for (const word of [...words].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (!kept.some((k) => word.includes(k))) kept.push(word);
  }
  return kept;
}
