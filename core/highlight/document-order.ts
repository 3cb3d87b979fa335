/**
 * Document order across shadow roots and same-origin iframes: a node inside a shadow root or a
 * frame sorts where its host (or <iframe>) stands in the outer document.
 */
import { FRAGMENT_NODE } from './constants';

const PRECEDING = 0x02;

/** The node, then its host, then the host's host… listed outermost first. */
function composedPath(node: Node): Node[] {
  const path: Node[] = [];
  for (let current: Node | null = node; current; ) {
    path.unshift(current);
    const root = current.getRootNode();
    if (root.nodeType === FRAGMENT_NODE && 'host' in root) current = (root as ShadowRoot).host;
    else current = (root as Document).defaultView?.frameElement ?? null;
  }
  return path;
}

function compareComposed(a: Node[], b: Node[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] as Node;
    const y = b[i] as Node;
    if (x === y) continue;
    return x.compareDocumentPosition(y) & PRECEDING ? 1 : -1;
  }
  return a.length - b.length;
}

export function sortInDocumentOrder<T extends Node>(nodes: Iterable<T>): T[] {
  const keyed = [...nodes].map((node) => ({ node, path: composedPath(node) }));
  keyed.sort((p, q) => compareComposed(p.path, q.path));
  return keyed.map((k) => k.node);
}

/** Whether `a` comes before `b` in document order: one comparison, for when a full sort is too dear. */
export function precedes(a: Node, b: Node): boolean {
  return compareComposed(composedPath(a), composedPath(b)) < 0;
}
