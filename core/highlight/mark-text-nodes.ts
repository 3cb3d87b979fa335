/**
 * Wraps the matches in a batch of text nodes with mark.js markRegExp. The scanner already picked
 * these nodes (outside excluded subtrees, with a match), so mark.js never walks anything else,
 * and the direct-parent exclusion here is only a backstop.
 */
import { ELEMENT_NODE } from './constants';
import { isExcludedElement } from './exclusion';
import { type MarkNames, MarkTemplates } from './mark-templates';
import {
  type FirstMatch,
  type FoundMatches,
  findAsMarkJs,
  type MarkRegExpOptions,
  TextNodeMarker,
} from './markjs-adapter';
import type { SplitRegistry } from './split-registry';
import type { HighlightMatcher } from './types';

export interface MarkBatchContext extends MarkNames {
  matcher: HighlightMatcher;
  registry: SplitRegistry;
  /** Kept by the caller across batches (see MarkTemplates); a batch makes its own without. */
  templates?: MarkTemplates;
}

/**
 * A text node to mark; its first match and text when the scanner searched it (Candidate). The end
 * is known only when the cursor found that match, so the text needs no slow path.
 */
type ToMark = { node: Text; at?: number; end?: number; data?: string };

/**
 * Marks the matches in each text node, starting at its first match when the scanner knows it
 * (mark.js's first exec() starts at the cursor's lastIndex): the text before it is not searched
 * twice. Returns the number of marks made.
 */
export function markTextNodes(candidates: readonly ToMark[], context: MarkBatchContext): number {
  if (candidates.length === 0) return 0;
  const { matcher } = context;
  const { marker, options, made } = markingWith(context);
  const nodes: Text[] = [];
  const firsts: FirstMatch[] = [];
  for (const candidate of once(candidates, context.registry)) {
    const { node } = candidate;
    const slow = slowIn(node.data, candidate, matcher);
    if (slow) {
      if (slow.length > 0) marker.markFound([node], [{ matches: slow, original: node.data }], options);
      continue;
    }
    const first = firstIn(node.data, candidate, matcher);
    if (!first) continue;
    nodes.push(node);
    firsts.push(first);
  }
  if (nodes.length > 0)
    marker.markFrom(nodes, firsts, matcher.cursor, options, matcher.accepts?.bind(matcher));
  matcher.cursor.lastIndex = 0;
  return made();
}

/** The matches of a batch, found without touching the page, waiting to be marked (see prepareMarks). */
export interface PreparedMarks {
  /** Text nodes with a match to mark. */
  readonly nodes: number;
  /** Makes the marks in the page; returns how many were made. */
  apply(): number;
}

/**
 * markTextNodes in two steps: every match of every node is found now, touching nothing, and
 * apply() later makes the marks in place, all in a few slices ahead of rendering (ScanQueue).
 * Marking a big page in place from the start let every frame that came between slices lay the
 * page out again; marking copies off the page and putting them in afterwards took 6 % longer
 * than this at 36 000 text nodes (npm run bench's page).
 */
export function prepareMarks(candidates: readonly ToMark[], context: MarkBatchContext): PreparedMarks {
  const { matcher, registry } = context;
  const found: (FoundMatches & { node: Text })[] = [];
  const keep = (matched: string) => matcher.topicOf(matched) !== undefined;
  const accepts = matcher.accepts?.bind(matcher);
  for (const candidate of once(candidates, registry)) {
    const { node } = candidate;
    const original = node.data;
    const slow = slowIn(original, candidate, matcher);
    let matches: readonly { start: number; end: number }[] | undefined = slow;
    if (!matches) {
      const first = firstIn(original, candidate, matcher);
      matches = first ? findAsMarkJs(original, first, matcher.cursor, keep, accepts) : [];
      matcher.cursor.lastIndex = 0;
    }
    if (matches.length > 0) found.push({ node, original, matches });
  }
  return {
    nodes: found.length,
    apply: () => {
      // The page may have changed a node meanwhile (its mutation is queued for a scan): skip it.
      const fresh = found.filter(({ node, original }) => markable(node, registry) && node.data === original);
      if (fresh.length === 0) return 0;
      // A new matcher (setMatcher) may not make what the old one found, or make more: search again.
      if (context.matcher !== matcher) return markTextNodes(fresh, context);
      const { marker, options, made } = markingWith(context);
      marker.markFound(
        fresh.map((f) => f.node),
        fresh,
        options,
      );
      return made();
    },
  };
}

/**
 * The markable candidates, each node once. A node can be a candidate twice in a round (a root the
 * walk reached and the page then reported added): once marked, what is left of it holds only the
 * text before its first match, and matches found for the whole text would be marked into that.
 */
function once(candidates: readonly ToMark[], registry: SplitRegistry): ToMark[] {
  const seen = new Set<Text>();
  return candidates.filter(({ node }) => {
    if (seen.has(node) || !markable(node, registry)) return false;
    seen.add(node);
    return true;
  });
}

/**
 * Gone (out of the page, alone or with an ancestor), marked meanwhile through another path (a
 * mutation scan), or (a backstop to the scanner's subtree rule, where mark.js would check its
 * selector list) right inside an excluded element.
 */
function markable(node: Text, registry: SplitRegistry): boolean {
  if (!node.isConnected || registry.owns(node)) return false;
  const parent = node.parentNode;
  return !(parent?.nodeType === ELEMENT_NODE && isExcludedElement(parent as Element));
}

/**
 * The slow path's matches (HighlightMatcher.slowMatches), or undefined for a text the cursor reads
 * as it is. A first match with a known end was found by the cursor in this very text: the scanner
 * asked already.
 */
function slowIn(text: string, { end, data }: ToMark, matcher: HighlightMatcher) {
  return end !== undefined && text === data ? undefined : matcher.slowMatches?.(text);
}

/**
 * The first match in `text`: the scanner's, or found again if the page changed the text since.
 * Without the scanner's text (a caller that only knows the node), from the start of the text.
 */
function firstIn(
  text: string,
  { at = 0, end, data }: ToMark,
  matcher: HighlightMatcher,
): FirstMatch | undefined {
  if (data === undefined) return { at };
  return text === data ? { at, end } : searchFirst(matcher.cursor, text);
}

/**
 * The cursor's first match in `text`, with its end when the cursor tells it (MatchCursor.matchEnd).
 * search() ignores and keeps lastIndex, so the shared cursor is not disturbed.
 */
export function searchFirst(cursor: HighlightMatcher['cursor'], text: string): FirstMatch | undefined {
  const at = text.search(cursor);
  return at < 0 ? undefined : { at, end: cursor.matchEnd };
}

/** mark.js with our marks and bookkeeping; `made()` counts the marks made so far. */
function markingWith(context: MarkBatchContext) {
  const { matcher, registry } = context;
  let topic = '';
  let word = '';
  let count = 0;
  const templates = context.templates ?? new MarkTemplates(context);
  const marker = new TextNodeMarker((doc) => templates.mark(doc, topic, word));
  const options: MarkRegExpOptions = {
    // No element or className: TextNodeMarker makes every mark from a finished template.
    acrossElements: false,
    iframes: false,
    // markRegExp uses the cursor as given (no diacritics expansion: å, ä and a stay distinct).
    filter: (_node, matched) => {
      const hit = matcher.topicOf(matched);
      topic = hit?.topic ?? '';
      // The text the mark will hold: mark.js wraps exactly what it gave the filter.
      word = matched;
      return hit !== undefined;
    },
    each: (element) => {
      registry.record(element as HTMLElement, topic);
      count++;
    },
  };
  return { marker, options, made: () => count };
}
