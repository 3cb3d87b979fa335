/**
 * Whether a queued root is still worth scanning when its turn comes: connected, not inside an
 * excluded subtree, not an editable document. Frames and shadow roots met on the way are handed
 * on to be attached as roots of their own.
 */
import { DOCUMENT_NODE, ELEMENT_NODE } from './constants';
import { isInsideExcluded } from './exclusion';
import type { ScanRoot } from './types';

export interface NestedRoots {
  visit(frame: HTMLIFrameElement): void;
  shadowRoot(root: ShadowRoot): void;
}

export class RootFilter {
  /** Elements known to be outside excluded subtrees, until the page changes (see isInsideExcluded). */
  private clean = new WeakSet<Element>();

  constructor(private readonly nested: () => NestedRoots) {}

  /** The page added or moved elements, or changed what is editable: nothing is known any more. */
  forget(): void {
    this.clean = new WeakSet();
  }

  accepts(root: ScanRoot): boolean {
    if (root.nodeType === DOCUMENT_NODE) {
      const d = root as Document;
      return d.defaultView !== null && d.designMode !== 'on';
    }
    if (!root.isConnected) return false;
    if ('host' in root) return !isInsideExcluded(root.host, this.clean);
    if (root.nodeType === ELEMENT_NODE) {
      const el = root as Element;
      if (el.localName === 'iframe') {
        if (el.parentNode && !isInsideExcluded(el.parentNode)) this.nested().visit(el as HTMLIFrameElement);
        return false;
      }
      if (isInsideExcluded(el, this.clean)) return false;
      if (el.shadowRoot) this.nested().shadowRoot(el.shadowRoot);
      return true;
    }
    return !isInsideExcluded(root, this.clean);
  }
}
