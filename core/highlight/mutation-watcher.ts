/**
 * Watches the page for new or changed text. Records are classified at once (cheap) and the work
 * is flushed after a short delay, so a burst of mutations becomes one scan. Our own DOM changes
 * never reach the classification: see `ignoring`.
 */
import { ELEMENT_NODE, TEXT_NODE } from './constants';
import { isOurMark, type SplitRegistry } from './split-registry';

export interface WatchTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export interface PageChanges {
  /** Added or changed nodes to scan; null when the burst was too big: rescan everything. */
  scan: Node[] | null;
  /** Heads whose text the page rewrote (frameworks set the whole new text there): our pieces go. */
  rewritten: Text[];
  /** Heads the page took out of their parent. */
  removed: Text[];
  /** Heads whose pieces or marks the page edited: join them back as the page now shows them. */
  edited: Text[];
  /** Elements whose contenteditable attribute changed. */
  editable: Element[];
  /** Some nodes were removed: detached heads can be forgotten. */
  removals: boolean;
  /** Elements were added or moved (text alone cannot put anything inside an excluded subtree). */
  elementsAdded: boolean;
}

export interface WatcherOptions {
  registry: SplitRegistry;
  timers: WatchTimers;
  flushDelayMs: number;
  /** More changed nodes than this in one flush: a full rescan is cheaper than sorting them out. */
  burstLimit: number;
  /** Extra wait before a flush, ms, when live work is over its share of the main thread. */
  waitMs?(): number;
  /** A flush was scheduled: changes are pending. */
  onPending?(): void;
  onChanges(changes: PageChanges): void;
  /** Time just spent in the observer callback or a flush, ms. */
  onBusy?(ms: number): void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['contenteditable'],
};

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly roots = new Set<Document | ShadowRoot>();
  private scan = new Set<Node>();
  private rewritten = new Set<Text>();
  private removed = new Set<Text>();
  private edited = new Set<Text>();
  private removals = false;
  private elementsAdded = false;
  private editable = new Set<Element>();
  private overflow = false;
  private timer: unknown;
  /** Main-thread time in the observer callback and in flushes (the scans they queue count apart). */
  busyMs = 0;

  constructor(private readonly options: WatcherOptions) {
    this.observer = new MutationObserver((records) => this.timed(() => this.classify(records)));
  }

  private timed(work: () => void): void {
    const start = performance.now();
    try {
      work();
    } finally {
      const ms = performance.now() - start;
      this.busyMs += ms;
      this.options.onBusy?.(ms);
    }
  }

  observe(root: Document | ShadowRoot): void {
    this.roots.add(root);
    this.observer.observe(root, OBSERVE);
  }

  /**
   * Runs our own DOM change unobserved: page records queued before it are kept, and ours are
   * never even created (records for thousands of splits cost more than re-observing).
   */
  ignoring<T>(change: () => T): T {
    if (this.roots.size === 0) return change();
    this.classify(this.observer.takeRecords());
    this.observer.disconnect();
    try {
      return change();
    } finally {
      for (const root of this.roots) this.observer.observe(root, OBSERVE);
    }
  }

  /** Changes are waiting for their flush. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  disconnect(): void {
    this.roots.clear();
    this.observer.disconnect();
    if (this.timer !== undefined) this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.reset();
  }

  private classify(records: MutationRecord[]): void {
    const { registry } = this.options;
    for (const record of records) {
      if (record.type === 'characterData') {
        const target = record.target;
        const head = registry.headOf(target) ?? (target.parentNode && registry.headOf(target.parentNode));
        if (head === target) this.rewritten.add(head);
        else if (head) this.edited.add(head);
        this.add(head ?? target);
      } else if (record.type === 'attributes') {
        this.editable.add(record.target as Element);
      } else {
        for (const node of record.addedNodes) {
          if (registry.headOf(node) || isOurMark(node)) continue;
          if (node.nodeType === ELEMENT_NODE) this.elementsAdded = true;
          this.add(node);
        }
        if (record.removedNodes.length > 0) this.removals = true;
        for (const node of record.removedNodes) {
          // Only heads map to themselves, and heads are text nodes.
          if (registry.headOf(node) === node) this.removed.add(node as Text);
        }
      }
    }
    const heads = this.rewritten.size + this.removed.size + this.edited.size;
    if (heads + this.scan.size + this.editable.size > 0 || this.overflow) {
      this.schedule();
    }
  }

  private add(node: Node): void {
    if (this.overflow) return;
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== TEXT_NODE) return;
    this.scan.add(node);
    if (this.scan.size > this.options.burstLimit) {
      this.overflow = true;
      this.scan.clear();
    }
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = this.options.timers.setTimeout(
      () => this.timed(() => this.flush()),
      Math.max(this.options.flushDelayMs, this.options.waitMs?.() ?? 0),
    );
    this.options.onPending?.();
  }

  private flush(): void {
    this.timer = undefined;
    const changes: PageChanges = {
      scan: this.overflow ? null : outermost([...this.scan]),
      rewritten: [...this.rewritten],
      removed: [...this.removed],
      edited: [...this.edited],
      editable: [...this.editable],
      removals: this.removals,
      elementsAdded: this.elementsAdded,
    };
    this.reset();
    this.options.onChanges(changes);
  }

  private reset(): void {
    this.scan = new Set();
    this.rewritten = new Set();
    this.removed = new Set();
    this.edited = new Set();
    this.editable = new Set();
    this.removals = false;
    this.elementsAdded = false;
    this.overflow = false;
  }
}

/** Drops nodes that are gone or inside another listed node (it gets scanned whole). */
function outermost(nodes: Node[]): Node[] {
  const connected = nodes.filter((node) => node.isConnected);
  // Only elements contain other nodes: a page rewriting text alone (a ticker) needs no ancestor walk.
  if (!connected.some((node) => node.nodeType === ELEMENT_NODE)) return connected;
  const listed = new Set(connected);
  return connected.filter((node) => {
    for (let up = node.parentNode; up; up = up.parentNode) {
      if (listed.has(up)) return false;
    }
    return true;
  });
}
