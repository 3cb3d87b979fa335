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

export interface Matcher {
  /** Global ('g') + 'u' regex matching any enabled term; used with mark.js markRegExp. Offsets of its matches on a text equal those of find(). Never matches the empty string. */
  readonly regex: RegExp;
  /** All matches in the text, in order, non-overlapping. */
  find(text: string): TopicMatch[];
  /** Topic and term of one string that `regex` matched (mark.js only gives the matched string); consistent with find(). */
  topicOf(matched: string): { topic: string; term: string } | undefined;
  /** Match count per topic id; topics without a match are absent. */
  count(text: string): Record<string, number>;
}
