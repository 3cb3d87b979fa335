/**
 * Wraps the matches in a batch of text nodes with mark.js markRegExp. The scanner already picked
 * these nodes (outside excluded subtrees, with a match), so mark.js never walks anything else,
 * and the direct-parent exclusion here is only a backstop.
 */
import { ELEMENT_NODE } from './constants';
import { isExcludedElement } from './exclusion';
import { type MarkNames, MarkTemplates } from './mark-templates';
import { type MarkRegExpOptions, TextNodeMarker } from './markjs-adapter';
import type { SplitRegistry } from './split-registry';
import type { HighlightMatcher } from './types';

export interface MarkBatchContext extends MarkNames {
  matcher: HighlightMatcher;
  registry: SplitRegistry;
  /** Kept by the caller across batches (see MarkTemplates); a batch makes its own without. */
  templates?: MarkTemplates;
}

/**
 * Marks the matches in each text node, starting at its first match when the scanner knows it
 * (mark.js's first exec() starts at the cursor's lastIndex): the text before it is not searched
 * twice. Returns the number of marks made.
 */
export function markTextNodes(
  candidates: readonly { node: Text; at?: number; data?: string }[],
  context: MarkBatchContext,
): number {
  return markWith(candidates, context, (node) => node);
}

/** Marks made off the page, waiting to be put in (see prepareMarks). */
export interface PreparedMarks {
  /** Puts the marks into the page; returns how many were put in. */
  apply(): number;
}

/**
 * markTextNodes without touching the page: each text node is marked as a copy in a fragment, and
 * apply() later puts the marks in with two cheap DOM writes per node, all in one go. Marking in
 * place over many slices let the browser lay out the changed page after every slice, which cost
 * more than the marking itself.
 */
export function prepareMarks(
  candidates: readonly { node: Text; at?: number; data?: string }[],
  context: MarkBatchContext,
): PreparedMarks {
  const { registry } = context;
  type Copy = { node: Text; data: string; copy: Text; fragment: DocumentFragment; marks: number };
  const copies: Copy[] = [];
  const byFragment = new Map<Node, Copy>();
  const made = markWith(
    candidates,
    context,
    (node) => {
      const doc = node.ownerDocument;
      const fragment = doc.createDocumentFragment();
      const copy = doc.createTextNode(node.data);
      fragment.appendChild(copy);
      const entry = { node, data: node.data, copy, fragment, marks: 0 };
      copies.push(entry);
      byFragment.set(fragment, entry);
      return copy;
    },
    (mark) => {
      const entry = mark.parentNode && byFragment.get(mark.parentNode);
      if (entry) entry.marks++;
    },
  );
  return {
    apply: () => {
      if (made === 0) return 0;
      let applied = 0;
      for (const { node, data, copy, fragment, marks } of copies) {
        if (marks === 0) continue;
        const parent = node.parentNode;
        if (!parent || node.data !== data || registry.owns(node)) {
          // The page changed the node meanwhile (its mutation is queued for a scan): drop the copy.
          registry.forget(copy);
          continue;
        }
        // The page keeps its own text node as the head, as when mark.js splits it in place.
        fragment.removeChild(copy);
        if (node.data !== copy.data) node.data = copy.data;
        parent.insertBefore(fragment, node.nextSibling);
        registry.rehead(copy, node);
        applied += marks;
      }
      return applied;
    },
  };
}

function markWith(
  candidates: readonly { node: Text; at?: number; data?: string }[],
  context: MarkBatchContext,
  target: (node: Text) => Text,
  onMark?: (mark: HTMLElement) => void,
): number {
  if (candidates.length === 0) return 0;
  const { matcher, registry } = context;
  let topic = '';
  let word = '';
  let made = 0;
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
      onMark?.(element as HTMLElement);
      made++;
    },
  };
  const nodes: Text[] = [];
  const starts: number[] = [];
  for (const { node, at = 0, data } of candidates) {
    // Gone, marked meanwhile through another path (a mutation scan), or (a backstop to the
    // scanner's subtree rule, where mark.js would check its selector list) right inside an
    // excluded element.
    const parent = node.parentNode;
    if (
      !parent ||
      registry.owns(node) ||
      (parent.nodeType === ELEMENT_NODE && isExcludedElement(parent as Element))
    )
      continue;
    const slow = matcher.slowMatches?.(node.data);
    if (slow) {
      if (slow.length === 0) continue;
      marker.markFound(target(node), slow, node.data, options);
      continue;
    }
    const start = data === undefined || node.data === data ? at : node.data.search(matcher.cursor);
    if (start < 0) continue;
    nodes.push(target(node));
    starts.push(start);
  }
  if (nodes.length > 0)
    marker.markFrom(nodes, starts, matcher.cursor, options, matcher.accepts?.bind(matcher));
  matcher.cursor.lastIndex = 0;
  return made;
}
