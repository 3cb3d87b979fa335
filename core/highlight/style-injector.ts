/** Keeps one <style> with our highlight rules in every document and shadow root we mark. */
import { DOCUMENT_NODE, UI_ATTR } from './constants';

export class StyleInjector {
  private readonly sheets = new Map<Document | ShadowRoot, HTMLStyleElement>();
  private css = '';

  constructor(css: string) {
    this.css = css;
  }

  /** Adds the style to a root (once); returns true when it inserted something. */
  ensure(root: Document | ShadowRoot): boolean {
    const existing = this.sheets.get(root);
    if (existing?.isConnected) return false;
    const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : (root.ownerDocument as Document);
    const style = doc.createElement('style');
    style.setAttribute(UI_ATTR, 'highlight-style');
    style.textContent = this.css;
    const parent = root.nodeType === DOCUMENT_NODE ? (doc.head ?? doc.documentElement) : root;
    if (!parent) return false;
    parent.appendChild(style);
    this.sheets.set(root, style);
    return true;
  }

  update(css: string): void {
    this.css = css;
    for (const style of this.sheets.values()) style.textContent = css;
  }

  removeAll(): void {
    for (const style of this.sheets.values()) style.remove();
    this.sheets.clear();
  }
}
