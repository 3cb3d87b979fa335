/** What the page engine needs from a matcher: the real one (core/match) fits this structurally. */
export interface HighlightMatcher {
  /**
   * Finds the terms as a global regex would (a RegExp with 'g' fits): exec() from lastIndex, and
   * search. Never matches the empty string.
   */
  readonly cursor: {
    lastIndex: number;
    exec(text: string): RegExpExecArray | null;
    [Symbol.search](text: string): number;
    /** Where the match the last exec() or successful search found ends (see MatchCursor). */
    readonly matchEnd?: number;
  };
  topicOf(matched: string): { topic: string; term: string } | undefined;
  /**
   * false when a match of `cursor` lacks the context its term's sense rules need (see
   * core/match/senses.ts); it is then not marked. Absent: every match counts.
   */
  accepts?(text: string, start: number, matched: string): boolean;
  /**
   * For the rare text `cursor` does not read as it is (soft hyphens inside words, decomposed
   * letters): the matches, with offsets into the text; undefined for any other text.
   */
  slowMatches?(text: string): readonly { start: number; end: number }[] | undefined;
  /**
   * false when no match can be anywhere in the text, whatever text nodes it is split into: lets
   * the scanner skip a block of text without visiting its nodes. Absent: every block may match.
   */
  mayMatch?(text: string): boolean;
}

export type HighlightStyle = 'fill' | 'underline' | 'outline';

export interface TopicLook {
  id: string;
  /** The mark's tooltip. */
  name: string;
  /**
   * Said after the matched word in each mark's accessible name ("varsel (markerat för Trygga
   * jobb)"), so a screen reader tells why the word is marked; the name alone when absent.
   */
  label?: string;
  /** Light highlight colour, #rrggbb. */
  color: string;
}

export interface Appearance {
  style: HighlightStyle;
  topics: readonly TopicLook[];
  /**
   * The reader keeps the popup's list but wants no highlights on this site: marks are plain text
   * to the eye and to assistive technology (no colour, role, name or focus), a click on one is a
   * click on the page, and the popup still counts them and scrolls to them.
   */
  quiet?: boolean;
  /**
   * The stylesheet highlightCss makes for this look, when the caller has it (withSheet: stored by
   * an earlier page view, storage/mark-style.ts), so a page view skips the colour math. Absent,
   * the engine makes it.
   */
  css?: string;
}

/** A text-bearing subtree the engine scans: a document, an open shadow root, or part of either. */
export type ScanRoot = Document | ShadowRoot | Element | Text;

export interface MarkActivation {
  mark: HTMLElement;
  topic: string;
  event: MouseEvent | KeyboardEvent;
}
