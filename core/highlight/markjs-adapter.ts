/**
 * The only file that talks to mark.js. mark.js does the wrapping (its filter and each callbacks,
 * its splitting of a text node around every match); three things it does not offer publicly are
 * needed for speed, and each is confined here, pinned to the mark.js version by
 * tests/unit/core/highlight/markjs-adapter.test.ts:
 * - handing it exactly the text nodes to mark (its own getTextNodes creates a NodeIterator per
 *   context, and browsers update every live NodeIterator on each node removal until garbage
 *   collection, so marking and unmarking a big page became quadratic);
 * - making each mark from a finished template instead of a bare element given six attributes
 *   one by one;
 * - feeding its exec() loop from the first match the scanner found in each node (not searched
 *   or matched again), or with matches found beforehand: the slow path's, and a big round's,
 *   found by findAsMarkJs without touching the page (markRegExp only needs exec and lastIndex).
 * mark.js's DOMIterator, which only its own getTextNodes (overridden here) and unmark() (never
 * called) use, is left out of the bundle and the unit tests (tools/build/markjs-without-iterator.ts).
 */
import type { MarkRegExpOptions } from 'mark.js';

export type { MarkRegExpOptions };

// @ts-expect-error mark.js ships its ES source untyped; MarkJsSource below declares what is used.
import MarkJsModule from 'mark.js/src/lib/mark.js';

/**
 * Where the scanner found a text node's first match: its start, and its end when the search told
 * it (MatchCursor.matchEnd). Matching a term again at its start walked its trie again: 0.9 ms of a
 * scan of the 1 500-node bench page, which has 264 marks (npm run bench).
 */
export interface FirstMatch {
  at: number;
  end?: number;
}

/** What markRegExp reads of a regex: exec() in a loop, lastIndex, and its text for a debug log. */
export interface RegExpLike {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

/** The members of mark.js's own class (mark.js/src/lib/mark.js) this adapter relies on. */
declare class MarkJsSource {
  constructor(ctx: unknown);
  protected get opt(): object;
  protected set opt(options: object);
  protected getTextNodes(cb: (dict: { value: string; nodes: TextNodeEntry[] }) => void): void;
  protected wrapRangeInTextNode(node: Text, start: number, end: number): Text;
  markRegExp(regexp: RegExpLike, options?: MarkRegExpOptions): void;
}
interface TextNodeEntry {
  start: number;
  end: number;
  node: Text;
}

const MarkJs = MarkJsModule as typeof MarkJsSource;

/** mark.js, handed exactly the text nodes to mark, wrapping with elements made by `makeMark`. */
export class TextNodeMarker extends MarkJs {
  private nodes: readonly Text[] = [];
  private lastOptions: object | undefined;

  constructor(
    /** The element for the match about to be wrapped (the filter callback has just run). */
    private readonly makeMark: (doc: Document) => HTMLElement,
  ) {
    super([]);
  }

  /** Marks the matches of `regex` in `nodes`, each from its first match in `firsts`. */
  markFrom(
    nodes: readonly Text[],
    firsts: readonly FirstMatch[],
    regex: RegExpLike,
    options: MarkRegExpOptions,
    accepts?: (text: string, start: number, matched: string) => boolean,
  ): void {
    this.nodes = nodes;
    this.markRegExp(new ResumingRegExp(regex, firsts, accepts), options);
  }

  /**
   * Marks matches already found, offsets into each node's text as `original` gives it: the slow
   * path's (soft hyphens, decomposed letters) and those found off the page (findAsMarkJs).
   */
  markFound(nodes: readonly Text[], found: readonly FoundMatches[], options: MarkRegExpOptions): void {
    this.nodes = nodes;
    this.markRegExp(new ReplayRegExp(found), options);
  }

  // mark.js merges its twenty defaults into the options on every call; the slow path calls it
  // once per text node with the same options object, so merge once.
  protected override get opt(): object {
    return super.opt;
  }

  protected override set opt(options: object) {
    if (options === this.lastOptions) return;
    super.opt = options;
    this.lastOptions = options;
  }

  /**
   * Every node given, in order: the caller filtered them (mark.js's direct-parent exclusion
   * included) and counts on the order.
   */
  protected override getTextNodes(cb: (dict: { value: string; nodes: TextNodeEntry[] }) => void): void {
    cb({ value: '', nodes: this.nodes.map((node) => ({ start: 0, end: node.length, node })) });
  }

  /**
   * mark.js's wrapping, with the element made by makeMark (a clone of a finished mark) rather
   * than created bare and then given six attributes one by one. The matched piece of text moves
   * into the mark instead of being copied.
   */
  protected override wrapRangeInTextNode(node: Text, start: number, end: number): Text {
    const middle = node.splitText(start);
    const rest = middle.splitText(end - start);
    const mark = this.makeMark(node.ownerDocument);
    middle.parentNode?.replaceChild(mark, middle);
    mark.appendChild(middle);
    return rest;
  }
}

/**
 * The matcher's cursor as mark.js sees it for a batch of text nodes, each searched from where the
 * scanner found its first match, so the text before it is not searched twice, and that match,
 * when its end is known, is handed over as found instead of being matched again. One markRegExp
 * call per batch rather than per node: mark.js writes its regex argument into a debug string on
 * every call.
 */
class ResumingRegExp implements RegExpLike {
  private node = -1;
  private between = true;
  /**
   * The node's whole text and where the text mark.js searches now begins in it: after each wrap
   * mark.js goes on in the rest of the node, but sense rules read the words before a match too.
   */
  private full = '';
  private base = 0;
  private lastEnd = 0;

  constructor(
    private readonly regex: RegExpLike,
    /** The first match in each node, in the order mark.js goes through them. */
    private readonly firsts: readonly FirstMatch[],
    /** The matcher's sense check: a refused match is skipped, as if the regex had not found it. */
    private readonly accepts?: (text: string, start: number, matched: string) => boolean,
  ) {}

  get lastIndex(): number {
    return this.regex.lastIndex;
  }

  /** mark.js sets 0 after wrapping a match, and then searches the rest of the node. */
  set lastIndex(value: number) {
    if (value === 0) {
      this.base += this.lastEnd;
      this.lastEnd = 0;
    }
    this.regex.lastIndex = value;
  }

  exec(text: string): RegExpExecArray | null {
    let match = this.between ? this.startNode(text) : this.regex.exec(text);
    while (match && this.accepts && !this.accepts(this.full, this.base + match.index, match[0])) {
      this.regex.lastIndex = match.index + 1;
      match = this.regex.exec(text);
    }
    if (match) this.lastEnd = match.index + match[0].length;
    else this.between = true;
    return match;
  }

  /** mark.js moved on to its next node (the last exec on the previous one found nothing). */
  private startNode(text: string): RegExpExecArray | null {
    this.between = false;
    const first = this.firsts[++this.node];
    this.full = text;
    this.base = 0;
    this.lastEnd = 0;
    // A backstop: the match must lie in the text mark.js gives (the node's whole text).
    if (first?.end !== undefined && first.at < first.end && first.end <= text.length) {
      // Where exec() leaves lastIndex after that match.
      this.regex.lastIndex = first.end;
      return execResult(text, first.at, first.end);
    }
    this.regex.lastIndex = first?.at ?? 0;
    return this.regex.exec(text);
  }

  toString(): string {
    return '/fackkoll/';
  }
}

/** A match as exec() gives it. */
function execResult(text: string, start: number, end: number): RegExpExecArray {
  const match = [text.slice(start, end)] as unknown as RegExpExecArray;
  match.index = start;
  match.input = text;
  return match;
}

/** Matches found in a text node before mark.js wraps them: offsets into `original`. */
export interface FoundMatches {
  matches: readonly { start: number; end: number }[];
  original: string;
}

/**
 * The matches markFrom would wrap in `text` from its first match, found without touching the page: the
 * loop of mark.js's wrapMatches run on strings, each wrap leaving the rest of the text to search,
 * so that marking them later (markFound) makes exactly what marking in place makes.
 */
export function findAsMarkJs(
  text: string,
  first: FirstMatch,
  regex: RegExpLike,
  keep: (matched: string) => boolean,
  accepts?: (text: string, start: number, matched: string) => boolean,
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const resuming = new ResumingRegExp(regex, [first], accepts);
  let rest = text;
  let base = 0;
  for (let match = resuming.exec(rest); match !== null && match[0] !== ''; match = resuming.exec(rest)) {
    if (!keep(match[0])) continue;
    const end = match.index + match[0].length;
    found.push({ start: base + match.index, end: base + end });
    rest = rest.slice(end);
    base += end;
    resuming.lastIndex = 0;
  }
  return found;
}

/**
 * Hands mark.js matches found beforehand through the exec() loop it runs with a regex: after
 * each wrap mark.js resets lastIndex to 0 and goes on in the rest of the node, so offsets are
 * given relative to that rest; a null moves on to the next node.
 */
class ReplayRegExp implements RegExpLike {
  private node = -1;
  private between = true;
  private next = 0;
  /** Offset in the original text where the node mark.js works on now begins. */
  private base = 0;
  private lastEnd = 0;

  constructor(private readonly found: readonly FoundMatches[]) {}

  get lastIndex(): number {
    return 0;
  }

  set lastIndex(value: number) {
    if (value === 0) this.base = this.lastEnd;
  }

  toString(): string {
    return '/fackkoll-replay/';
  }

  exec(text: string): RegExpExecArray | null {
    if (this.between) {
      this.between = false;
      this.node++;
      this.next = 0;
      this.base = 0;
      this.lastEnd = 0;
      // A backstop: offsets into another text than the node's would wrap the wrong words, or
      // split past its end. Nothing is replayed there.
      const current = this.found[this.node];
      if (current && text !== current.original) this.next = current.matches.length;
    }
    const found = this.found[this.node];
    const match = found?.matches[this.next++];
    if (!found || !match) {
      this.between = true;
      return null;
    }
    this.lastEnd = match.end;
    const result = [found.original.slice(match.start, match.end)] as unknown as RegExpExecArray;
    result.index = match.start - this.base;
    return result;
  }
}
