/**
 * Undoing marks. Only what we split is joined again (no Node.normalize(), which would also merge
 * text nodes the page keeps apart on purpose).
 */
import type { SplitRegistry } from './split-registry';
import { isOurMark } from './split-registry';

/** Gives the head its full text back and removes our marks and pieces after it. */
export function restoreHead(head: Text, registry: SplitRegistry): void {
  if (!head.parentNode) {
    // The page removed its text node: what we left beside it is stale, drop it.
    dropChain(head, registry);
    return;
  }
  const parent = head.parentNode;
  let text = head.data;
  let node = head.nextSibling;
  while (node && registry.headOf(node) === head) {
    text += node.textContent ?? '';
    const next = node.nextSibling;
    parent.removeChild(node);
    node = next;
  }
  // Marks the page moved elsewhere keep their text where the page put them.
  for (const stray of registry.chainOf(head)) {
    if (stray.parentNode && isOurMark(stray)) {
      stray.parentNode.replaceChild(stray.ownerDocument.createTextNode(stray.textContent ?? ''), stray);
    }
  }
  if (text !== head.data) head.data = text;
  registry.forget(head);
}

/** The page rewrote or removed the head: our copy of its old text must go, unmerged. */
export function dropChain(head: Text, registry: SplitRegistry): void {
  for (const node of registry.chainOf(head)) node.parentNode?.removeChild(node);
  registry.forget(head);
}

/** Removes every mark we made; returns how many heads were restored. */
export function unmarkAll(registry: SplitRegistry, where?: (head: Text) => boolean): number {
  let restored = 0;
  for (const head of registry.heads()) {
    if (where && !where(head)) continue;
    restoreHead(head, registry);
    restored++;
  }
  return restored;
}
