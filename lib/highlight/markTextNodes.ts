/**
 * Wraps the matches in a batch of text nodes with mark.js markRegExp. The scanner already picked
 * these nodes (outside excluded subtrees, with a match), so mark.js never walks anything else,
 * and its direct-parent `exclude` is only a backstop.
 */
import type { MarkRegExpOptions } from 'mark.js';
import { MARK_CLASS, TOPIC_ATTR } from './constants';
import type { SplitRegistry } from './splitRegistry';
import { TextNodeMark } from './textNodeMark';
import type { HighlightMatcher } from './types';

export interface MarkBatchContext {
  matcher: HighlightMatcher;
  registry: SplitRegistry;
  /** Topic id → name for the accessible label. */
  topicName(topic: string): string;
}

/**
 * Marks the matches in each text node, starting at its first match when the scanner knows it
 * (mark.js's first exec() starts at the regex's lastIndex): the text before it is not searched
 * twice. Returns the number of marks made.
 */
export function markTextNodes(
  candidates: readonly { node: Text; at?: number; data?: string }[],
  context: MarkBatchContext,
): number {
  if (candidates.length === 0) return 0;
  const { matcher, registry } = context;
  let topic = '';
  let text = '';
  let made = 0;
  const marker = new TextNodeMark();
  const options: MarkRegExpOptions = {
    element: 'mark',
    className: MARK_CLASS,
    acrossElements: false,
    iframes: false,
    // markRegExp uses the regex as given (no diacritics expansion: å, ä and a stay distinct).
    filter: (_node, matched) => {
      const hit = matcher.topicOf(matched);
      topic = hit?.topic ?? '';
      text = matched;
      return hit !== undefined;
    },
    each: (element) => {
      decorateMark(element as HTMLElement, topic, `${text}: ${context.topicName(topic)}`);
      registry.record(element as HTMLElement, topic);
      made++;
    },
  };
  for (const { node, at = 0, data } of candidates) {
    // Gone, or marked meanwhile through another path (a mutation scan).
    if (!node.parentNode || registry.owns(node)) continue;
    const start = data === undefined || node.data === data ? at : node.data.search(matcher.regex);
    if (start < 0) continue;
    marker.nodes = [node];
    matcher.regex.lastIndex = start;
    marker.markRegExp(matcher.regex, options);
  }
  matcher.regex.lastIndex = 0;
  return made;
}

function decorateMark(mark: HTMLElement, topic: string, label: string): void {
  // Without data-markjs, another extension's mark.js unmark() cannot strip our marks.
  mark.removeAttribute('data-markjs');
  mark.setAttribute(TOPIC_ATTR, topic);
  // Focusable and labelled so keyboard and screen-reader users can open the card too.
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-label', label);
}
