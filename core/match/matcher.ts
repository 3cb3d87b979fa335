/** The matcher contract the highlighter, popup and scripts code against. */

export interface TopicMatch {
  topic: string;
  /** The lexicon pattern that matched, as written in the lexicon. */
  term: string;
  /** UTF-16 offsets into the original text (not normalised), end exclusive. */
  start: number;
  end: number;
}

export interface MatcherOptions {
  /** Also match the English terms (off by default: English words are false friends on most pages). */
  english?: boolean;
  /** Enabled subset of topic ids; default all topics of the lexicon. */
  topics?: readonly string[];
}

/**
 * What a global regex offers mark.js's markRegExp and String.prototype.search: exec() from
 * lastIndex (reset to 0 when nothing is left) and a search from the start.
 */
export interface MatchCursor {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
  [Symbol.search](text: string): number;
  /**
   * Where the match the last exec() or successful search found ends. Marking reads it after the
   * scanner's search, so that the first match of a text node is not walked a second time.
   */
  readonly matchEnd?: number;
}

export interface Matcher {
  /**
   * Finds any enabled term, as a global regex would; used with mark.js markRegExp. Never matches
   * the empty string. Its matches that accepts() keeps are those of find(), with the same offsets,
   * except on the rare text for which slowMatches() gives the matches instead.
   */
  readonly cursor: MatchCursor;
  /** All matches in the text, in order, non-overlapping. */
  find(text: string): TopicMatch[];
  /** Topic and term of one string that `cursor` matched (mark.js only gives the matched string); consistent with find(). */
  topicOf(matched: string): { topic: string; term: string } | undefined;
  /**
   * false when the term `matched` (a match of `cursor` at `start` in `text`) lacks the context its
   * sense rules ask for ("varsel" with no job words near): skip it, as find() does. true for the
   * many terms without rules.
   */
  accepts(text: string, start: number, matched: string): boolean;
  /** Match count per topic id; topics without a match are absent. */
  count(text: string): Record<string, number>;
  /**
   * undefined when `cursor` reads the text as it is (almost always); for text with soft hyphens or
   * zero-width characters inside words, or decomposed letters, the matches find() gives (the
   * cursor would miss them).
   */
  slowMatches(text: string): TopicMatch[] | undefined;
  /**
   * false only when no match can be anywhere in the text, however it is split into text nodes:
   * it looks for the words terms are made of, with no word boundaries (see prefilter.ts).
   */
  mayMatch(text: string): boolean;
}
