/**
 * Finds the matches of a lexicon's tries in a text, word start by word start, and hands them to
 * mark.js through the regex interface it drives (exec and lastIndex).
 */
import { JOINER, WORD } from './char-flags.ts';
import type { MatchCursor } from './matcher.ts';
import type { TrieNode, TrieWalker } from './term-trie.ts';

export class MatchFinder {
  /** The last match found by next(): its start and end (exclusive). */
  start = -1;
  end = -1;

  constructor(
    private readonly flags: Uint8Array,
    private readonly walker: TrieWalker,
    /** The tiers in order of precedence: the first that matches at a word start decides the match. */
    private readonly tiers: readonly TrieNode[],
    /** The exclusion guard: no match starts where it refuses. */
    private readonly refused?: (text: string, at: number) => boolean,
  ) {}

  /** Finds the first match starting at or after `from`; false when there is none. */
  next(text: string, from: number): boolean {
    const { flags } = this;
    const length = text.length;
    let at = from;
    while (at < length) {
      if (((flags[text.charCodeAt(at)] ?? 0) & WORD) === 0) {
        at++;
        continue;
      }
      // A word starts here unless a letter or a joiner comes right before.
      if (at === 0 || ((flags[text.charCodeAt(at - 1)] ?? 0) & (WORD | JOINER)) === 0) {
        const end = this.matchAt(text, at);
        if (end > at && !this.refused?.(text, at)) {
          this.start = at;
          this.end = end;
          return true;
        }
      }
      // No other word starts before this run of letters ends.
      at++;
      while (at < length && ((flags[text.charCodeAt(at)] ?? 0) & WORD) !== 0) at++;
    }
    return false;
  }

  private matchAt(text: string, at: number): number {
    for (const tier of this.tiers) {
      const end = this.walker.match(tier, text, at);
      if (end >= 0) return end;
    }
    return -1;
  }
}

/**
 * The finder as a global regex: exec() goes on from lastIndex and resets it to 0 when nothing is
 * left, as a `g` regex does, which is all mark.js's markRegExp and String.prototype.search use.
 */
export class TermCursor implements MatchCursor {
  lastIndex = 0;

  constructor(private readonly finder: MatchFinder) {}

  exec(text: string): RegExpExecArray | null {
    const { finder } = this;
    if (this.lastIndex > text.length || !finder.next(text, this.lastIndex)) {
      this.lastIndex = 0;
      return null;
    }
    this.lastIndex = finder.end;
    const match = [text.slice(finder.start, finder.end)] as unknown as RegExpExecArray;
    match.index = finder.start;
    match.input = text;
    return match;
  }

  get matchEnd(): number {
    return this.finder.end;
  }

  /** Where the first match in the text starts, -1 if none; lastIndex is left as it was. */
  [Symbol.search](text: string): number {
    return this.finder.next(text, 0) ? this.finder.start : -1;
  }

  toString(): string {
    return '/fackkoll/';
  }
}
