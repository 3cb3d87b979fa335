/**
 * An interruptible walk over one scan root that yields the text nodes worth handing to mark.js:
 * outside excluded subtrees, not already ours, and containing a match. It stops at a deadline so
 * the caller can yield to the page between slices, and resumes where it stopped.
 */
import { DOCUMENT_NODE, ELEMENT_NODE, SHOW_ELEMENT, SHOW_TEXT, TEXT_NODE } from './constants';
import { isExcludedElement } from './exclusion';
import type { FirstMatch } from './markjs-adapter';
import type { ScanRoot } from './types';

/** A text node with a match, and its first match (marking resumes from there). */
export interface Candidate extends FirstMatch {
  node: Text;
  /** The text when it was searched: marking happens later, and the page may change it. */
  data: string;
}

export interface WalkHooks {
  /** Nodes we inserted or already split (skipped: their matches are marked). */
  isOwn(node: Node): boolean;
  onShadowRoot(root: ShadowRoot): void;
  onFrame(frame: HTMLIFrameElement): void;
  /** false when no match can be anywhere in the text (see HighlightMatcher.mayMatch). */
  mayMatch?(text: string): boolean;
}

/**
 * Inline elements that can neither hold an open shadow root (attachShadow refuses them) nor be
 * excluded: a block made of text and these only hides nothing its textContent does not show.
 */
const PLAIN_INLINE = (
  'a abbr b bdi bdo big br cite data del dfn em font i img ins kbd q s small strike strong sub sup ' +
  'time tt u var wbr'
).split(' ');
const PLAIN: ReadonlySet<string> = new Set(PLAIN_INLINE);
const NOT_PLAIN = `:not(${PLAIN_INLINE.join(',')})`;

/** How often to look at the clock, in nodes: performance.now() is cheap, not free. */
const CLOCK_EVERY = 32;
/** A page that keeps removing the node we stopped at must not keep us walking forever. */
const MAX_RESTARTS = 3;

export class TextWalk {
  done = false;
  /** Made on first use: most roots queued by mutations are single text nodes, which need none. */
  private walkerOf: TreeWalker | undefined;
  private started = false;
  private restarts = 0;

  constructor(
    private readonly root: ScanRoot,
    /** The first match in a text, if any. */
    private readonly search: (data: string) => FirstMatch | undefined,
    private readonly hooks: WalkHooks,
  ) {}

  private get walker(): TreeWalker {
    if (!this.walkerOf) {
      const root = this.root;
      const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : (root.ownerDocument as Document);
      this.walkerOf = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    }
    return this.walkerOf;
  }

  /** Up to `max` candidate text nodes in document order; sets `done` at the end of the root. */
  collect(max: number, deadline: number): Candidate[] {
    const found: Candidate[] = [];
    if (!this.started) {
      this.started = true;
      if (this.root.nodeType === TEXT_NODE) {
        this.done = true;
        const text = this.root as Text;
        const candidate = this.hooks.isOwn(text) ? undefined : this.candidateOf(text);
        if (candidate) found.push(candidate);
        return found;
      }
    } else if (!this.root.contains(this.walker.currentNode)) {
      // The page removed the node we stopped at; a TreeWalker cannot continue from a detached
      // node, so start over (cheap: text already marked is skipped as ours). Added content is
      // reported by the mutation observer anyway.
      if (++this.restarts > MAX_RESTARTS) {
        this.done = true;
        return found;
      }
      this.walker.currentNode = this.root;
    }
    let seen = 0;
    let node = this.walker.nextNode();
    for (; node; node = this.walker.nextNode()) {
      if (node.nodeType === ELEMENT_NODE) this.visitElement(node as Element);
      else if (!this.hooks.isOwn(node)) {
        const candidate = this.candidateOf(node as Text);
        if (candidate) found.push(candidate);
      }
      if (found.length >= max || (++seen % CLOCK_EVERY === 0 && performance.now() >= deadline)) break;
    }
    if (!node) this.done = true;
    return found;
  }

  /**
   * Excluded elements are skipped whole by moving the walker to their last descendant. A loop
   * here is faster than a TreeWalker filter, which calls back into JS for every node.
   */
  private visitElement(el: Element): void {
    if (isExcludedElement(el)) {
      const name = el.localName;
      if (name === 'iframe' || name === 'frame') this.hooks.onFrame(el as HTMLIFrameElement);
      this.skipChildren(el);
      return;
    }
    const shadow = el.shadowRoot;
    if (shadow) this.hooks.onShadowRoot(shadow);
    if (this.cannotMatch(el)) this.skipChildren(el);
  }

  /**
   * A block of plain text whose whole text holds none of the lexicon's words: one textContent
   * instead of a visit to each of its nodes. Fewer visits means fewer JS wrappers for DOM nodes,
   * and on a very big page sweeping those wrappers made V8 pauses long enough to turn scan
   * slices into long tasks.
   */
  private cannotMatch(el: Element): boolean {
    const { mayMatch } = this.hooks;
    if (!mayMatch || PLAIN.has(el.localName) || el.firstChild === null) return false;
    return el.querySelector(NOT_PLAIN) === null && !mayMatch(el.textContent ?? '');
  }

  private skipChildren(el: Element): void {
    let last: Node = el;
    while (last.lastChild) last = last.lastChild;
    this.walker.currentNode = last;
  }

  /** The node as a candidate when its text holds a match. */
  private candidateOf(node: Text): Candidate | undefined {
    const data = node.data;
    const first = data.length > 1 ? this.search(data) : undefined;
    return first && { node, at: first.at, end: first.end, data };
  }
}
