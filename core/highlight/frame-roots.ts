/**
 * The documents and shadow roots we mark in besides the top document: each gets our style, the
 * observer and (documents) the activation listener, once. Same-origin frames are rescanned on
 * every load, since a navigation inside a frame replaces its document.
 */
import { DOCUMENT_NODE } from './constants';

export interface RootHooks {
  attach(root: Document | ShadowRoot): void;
  scan(root: Document | ShadowRoot): void;
}

export class FrameRoots {
  private readonly frames = new Set<HTMLIFrameElement>();
  private readonly onLoad = (event: Event) => this.visit(event.currentTarget as HTMLIFrameElement);

  constructor(private readonly hooks: RootHooks) {}

  /** A walk met an <iframe>: scan its document now if readable, and after each load. */
  visit(frame: HTMLIFrameElement): void {
    if (!this.frames.has(frame)) {
      this.frames.add(frame);
      frame.addEventListener('load', this.onLoad);
    }
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      // Cross-origin: not ours to read.
    }
    if (doc?.nodeType === DOCUMENT_NODE && doc.documentElement) {
      this.hooks.attach(doc);
      this.hooks.scan(doc);
    }
  }

  shadowRoot(root: ShadowRoot): void {
    this.hooks.attach(root);
    this.hooks.scan(root);
  }

  dispose(): void {
    for (const frame of this.frames) frame.removeEventListener('load', this.onLoad);
    this.frames.clear();
  }
}
