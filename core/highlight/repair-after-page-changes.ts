/**
 * Keeps our split text consistent with what the page did to it. Frameworks hold on to the text
 * nodes they created: when one of them rewrites or removes such a node that we split, the marks
 * and pieces we left after it would show old text twice, so they go.
 */
import { isInsideExcluded } from './exclusion';
import type { PageChanges } from './mutation-watcher';
import { dropChain, restoreHead, unmarkAll } from './restore-text';
import type { SplitRegistry } from './split-registry';

/** Applies the page's edits to our chains; returns elements to scan again and whether marks changed. */
export function repairAfterPageChanges(
  changes: PageChanges,
  registry: SplitRegistry,
): { rescan: Element[]; marksChanged: boolean } {
  const before = registry.version;
  const rescan: Element[] = [];
  for (const head of changes.rewritten) dropChain(head, registry);
  for (const head of changes.removed) {
    if (!registry.headOf(head)) continue;
    if (head.isConnected) restoreHead(head, registry);
    else dropChain(head, registry);
  }
  for (const head of changes.edited) if (registry.headOf(head)) restoreHead(head, registry);
  for (const el of changes.editable) {
    // Became editable: whatever the user types next must land in the page's own text nodes.
    if (isInsideExcluded(el)) unmarkAll(registry, (head) => el.contains(head));
    else rescan.push(el);
  }
  if (changes.removals) registry.pruneNowAndThen();
  return { rescan, marksChanged: registry.version !== before };
}
