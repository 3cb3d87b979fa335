/**
 * Marks, stylesheet and card left in a page by an earlier copy of the content script (an
 * extension reload or update; Firefox does not tidy up after the old copy). Cleared before the
 * new copy starts. Only when our own stylesheet is there, so marks a page forged are never touched.
 */
import { MARK_CLASS, UI_ATTR, UI_TAG_PREFIX } from './constants';

export function removeLeftovers(doc: Document): number {
  const style = doc.querySelector(`style[${UI_ATTR}="highlight-style"]`);
  if (!style) return 0;
  const parents = new Set<Node>();
  let removed = 0;
  for (const mark of doc.querySelectorAll(`mark.${MARK_CLASS}`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    parent.replaceChild(doc.createTextNode(mark.textContent ?? ''), mark);
    parents.add(parent);
    removed++;
  }
  // The old copy's split pieces become one text node again, as the page had it.
  for (const parent of parents) parent.normalize();
  for (const el of doc.querySelectorAll(`[${UI_ATTR}]`)) {
    if (el.localName.startsWith(UI_TAG_PREFIX) || el === style || el.localName === 'style') el.remove();
  }
  return removed;
}
