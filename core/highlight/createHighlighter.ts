/**
 * The page-side highlighting engine: DOM only (no extension API), so it runs the same in the
 * content script, in happy-dom tests and in the benchmark page.
 */
import { DOCUMENT_NODE, ELEMENT_NODE } from './constants';
import { isInsideExcluded } from './exclusion';
import { flashMark } from './flashMark';
import { FrameRoots } from './frameRoots';
import { highlightCss } from './highlightCss';
import { DEFAULT_LIVE_BUDGET, LiveBudget, type LiveBudgetOptions } from './liveBudget';
import { listenForActivation } from './markActivation';
import { markTextNodes, prepareMarks } from './markTextNodes';
import { MutationWatcher, type PageChanges, type WatchTimers } from './mutationWatcher';
import { Occurrences } from './occurrences';
import { repairAfterPageChanges } from './repairAfterPageChanges';
import { restoreHead, unmarkAll } from './restoreText';
import { ScanQueue } from './scanQueue';
import { DEFAULT_MARK_SLICE_MS, DEFAULT_SLICE_MS } from './sliceScheduler';
import { isOurMark, SplitRegistry, topicOfMark } from './splitRegistry';
import { StyleInjector } from './styleInjector';
import type { Appearance, HighlightMatcher, MarkActivation, ScanRoot } from './types';

export interface HighlighterOptions {
  document: Document;
  matcher: HighlightMatcher;
  appearance: Appearance;
  /** Main-thread budget per slice, ms. */
  sliceMs?: number;
  /** Main-thread budget per slice that marks, ms (see ScanWork.markSliceMs). */
  markSliceMs?: number;
  batchSize?: number;
  /** How long mutations are collected before one scan, ms. */
  flushDelayMs?: number;
  burstLimit?: number;
  /** Timers that die with the caller (the content script passes its context's). */
  timers?: WatchTimers;
  onActivate?(activation: MarkActivation): void;
  /** Marks were added or removed and nothing is left to scan: time to report counts. */
  onSettled?(): void;
  /**
   * At most one onSettled per this many ms (the last of a burst comes late, never lost): counting
   * walks every mark, and a live page settles after each of its changes.
   */
  settleEveryMs?: number;
  /**
   * Page changes were queued and wait for their scan (the test probe shows it: with the live
   * budget a scan can wait seconds, and "done" must not be read meanwhile).
   */
  onPending?(): void;
  /** The cap on main-thread time spent following a live page (see LiveBudget). */
  liveBudget?: LiveBudgetOptions;
}

export type Highlighter = ReturnType<typeof createHighlighter>;

const DEFAULT_TIMERS: WatchTimers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

export function createHighlighter(options: HighlighterOptions) {
  const doc = options.document;
  const timers = options.timers ?? DEFAULT_TIMERS;
  let matcher = options.matcher;
  let names = namesOf(options.appearance);
  let changed = false;
  let running = false;
  const registry = new SplitRegistry();
  const occurrences = new Occurrences(registry);
  const styles = new StyleInjector(highlightCss(options.appearance));
  const roots = new Set<Document | ShadowRoot>();
  const disposers: (() => void)[] = [];
  /** Elements known to be outside excluded subtrees, until the page changes (see isInsideExcluded). */
  let clean = new WeakSet<Element>();
  const markContext = {
    registry,
    get matcher() {
      return matcher;
    },
    topicName: (t: string) => names.get(t) ?? t,
  };

  /** Time in onSettled (the content script counts marks and reports them there). */
  let reportMs = 0;
  let settledAt = Number.NEGATIVE_INFINITY;
  let settleTimer: unknown;
  /** The last report (or onPending) went out with changes waiting for their flush: report after it. */
  let reportedPending = false;
  const reportNow = () => {
    settleTimer = undefined;
    settledAt = performance.now();
    reportedPending = watcher.pending;
    try {
      options.onSettled?.();
    } finally {
      reportMs += performance.now() - settledAt;
    }
  };
  const settle = () => {
    if (forgive && !queue.busy) {
      forgive = false;
      budget.refill();
    }
    if (queue.busy || !(changed || reportedPending)) return;
    changed = false;
    const wait = settledAt + (options.settleEveryMs ?? 0) - performance.now();
    if (wait <= 0) reportNow();
    else settleTimer ??= timers.setTimeout(reportNow, wait);
  };

  /** Everything we spend on the main thread is charged; see `forgive` for what is paid back. */
  const budget: LiveBudget = new LiveBudget(
    options.liveBudget ?? DEFAULT_LIVE_BUDGET,
    () => queue.stats.busyMs + watcher.busyMs + reportMs,
  );
  /** A scan the reader or a navigation asked for is under way: its cost is not the page churning. */
  let forgive = false;

  const watcher: MutationWatcher = new MutationWatcher({
    registry,
    timers,
    flushDelayMs: options.flushDelayMs ?? 30,
    burstLimit: options.burstLimit ?? 400,
    waitMs: () => budget.waitMs(),
    onPending: () => {
      if (!options.onPending) return;
      reportedPending = true;
      options.onPending();
    },
    onChanges: (changes) => applyChanges(changes),
  });

  /**
   * The stylesheet goes in with the first marks, not at start: a page with nothing to mark gets
   * no trace of the extension, and on a big page the new sheet is laid out in the same frame as
   * the marks instead of a frame of its own (62 ms at 100 000 text nodes in Chromium).
   */
  let styled = false;
  const styleRoots = () => {
    if (styled) return;
    styled = true;
    for (const root of roots) watcher.ignoring(() => styles.ensure(root));
  };

  const attach = (root: Document | ShadowRoot) => {
    if (roots.has(root)) return;
    roots.add(root);
    if (styled) watcher.ignoring(() => styles.ensure(root));
    watcher.observe(root);
    if (root.nodeType === DOCUMENT_NODE && options.onActivate) {
      disposers.push(listenForActivation(root as Document, options.onActivate, (n) => registry.owns(n)));
    }
  };
  const frames = new FrameRoots({ attach, scan: (root) => queue.add(root) });

  const mayMatch = (text: string) => matcher.mayMatch?.(text) ?? true;
  const queue: ScanQueue = new ScanQueue({
    sliceMs: options.sliceMs ?? DEFAULT_SLICE_MS,
    markSliceMs: options.markSliceMs ?? DEFAULT_MARK_SLICE_MS,
    batchSize: options.batchSize ?? 64,
    search: (data) => firstMatch(matcher, data),
    hooks: {
      isOwn: (node) => registry.owns(node),
      onShadowRoot: (root) => frames.shadowRoot(root),
      onFrame: (frame) => frames.visit(frame),
      // Read at every block, so it follows replaceMatcher. Without a prefilter a block's
      // querySelector and textContent would buy nothing.
      get mayMatch() {
        return matcher.mayMatch ? mayMatch : undefined;
      },
    },
    accepts: (root) => accepts(root),
    markBatch: (nodes) => {
      const prepared = prepareMarks(nodes, markContext);
      return () => {
        styleRoots();
        if (watcher.ignoring(() => prepared.apply()) > 0) changed = true;
      };
    },
    markNow: (nodes) => {
      if (nodes.length > 0) styleRoots();
      if (watcher.ignoring(() => markTextNodes(nodes, markContext)) > 0) changed = true;
    },
    onIdle: settle,
  });

  function accepts(root: ScanRoot): boolean {
    if (root.nodeType === DOCUMENT_NODE) {
      const d = root as Document;
      return d.defaultView !== null && d.designMode !== 'on';
    }
    if (!root.isConnected) return false;
    if ('host' in root) return !isInsideExcluded(root.host, clean);
    if (root.nodeType === ELEMENT_NODE) {
      const el = root as Element;
      if (el.localName === 'iframe') {
        if (el.parentNode && !isInsideExcluded(el.parentNode)) frames.visit(el as HTMLIFrameElement);
        return false;
      }
      if (isInsideExcluded(el, clean)) return false;
      if (el.shadowRoot) frames.shadowRoot(el.shadowRoot);
      return true;
    }
    return !isInsideExcluded(root, clean);
  }

  function applyChanges(changes: PageChanges): void {
    if (!running) return;
    // A page rewriting text in place (live scores, tickers) keeps what is known about its elements.
    if (changes.elementsAdded || changes.editable.length > 0 || changes.scan === null) clean = new WeakSet();
    const { rescan, marksChanged } = watcher.ignoring(() => repairAfterPageChanges(changes, registry));
    if (marksChanged) changed = true;
    if (changes.scan === null) rescanAll();
    else for (const node of [...changes.scan, ...rescan]) queue.add(node as ScanRoot);
    settle();
  }

  function rescanAll(): void {
    for (const root of roots) {
      const gone = 'host' in root ? !root.host.isConnected : root.defaultView === null;
      if (gone) roots.delete(root);
      else queue.add(root);
    }
    clean = new WeakSet();
  }

  return {
    /** Starts observing and scans the whole document; resolves when the first pass is done. */
    start(): Promise<void> {
      if (!running) {
        running = true;
        forgive = true;
        attach(doc);
        queue.add(doc);
      }
      return queue.idle();
    },
    get running(): boolean {
      return running;
    },
    /** Scanning is under way or queued. */
    get busy(): boolean {
      return queue.busy;
    },
    /** Page changes are waiting to be scanned (a live page is held to its share, see LiveBudget). */
    get pending(): boolean {
      return watcher.pending;
    },
    /** Scans every known root again (single-page navigation); marks already made stay. */
    rescan(): Promise<void> {
      if (running) {
        forgive = true;
        rescanAll();
      }
      return queue.idle();
    },
    idle: (): Promise<void> => queue.idle(),
    /** New colours or style: one stylesheet per root is rewritten, no mark is touched. */
    setAppearance(appearance: Appearance): void {
      names = namesOf(appearance);
      styles.update(highlightCss(appearance));
    },
    /** Topics switched off: their marks go at once; the text they held is matched again. */
    removeTopics(topics: readonly string[], next: HighlightMatcher): void {
      matcher = next;
      const off = new Set(topics);
      const heads = registry
        .heads()
        .filter((head) => registry.chainOf(head).some((n) => isOurMark(n) && off.has(topicOfMark(n))));
      if (heads.length === 0) return;
      watcher.ignoring(() => {
        for (const head of heads) restoreHead(head, registry);
        markTextNodes(
          heads.filter((h) => h.isConnected).map((node) => ({ node })),
          markContext,
        );
      });
      changed = true;
      forgive = true;
      settle();
    },
    /** The matcher to start with, when it was built after the highlighter (before start()). */
    setMatcher(next: HighlightMatcher): void {
      if (running) void this.replaceMatcher(next);
      else matcher = next;
    },
    /** Any other matcher change (topics added, English on): unmark, then scan again. */
    replaceMatcher(next: HighlightMatcher): Promise<void> {
      matcher = next;
      queue.clear();
      watcher.ignoring(() => unmarkAll(registry));
      changed = true;
      forgive = true;
      if (running) rescanAll();
      settle();
      return queue.idle();
    },
    /** Removes every mark, restoring the page's own text nodes; observing goes on. */
    unmarkAll(): void {
      queue.clear();
      if (watcher.ignoring(() => unmarkAll(registry)) > 0) changed = true;
      settle();
    },
    /** Stops everything and leaves the page as it was. */
    stop(): void {
      running = false;
      if (settleTimer !== undefined) timers.clearTimeout(settleTimer);
      settleTimer = undefined;
      queue.clear();
      watcher.disconnect();
      unmarkAll(registry);
      styles.removeAll();
      styled = false;
      frames.dispose();
      for (const dispose of disposers.splice(0)) dispose();
      roots.clear();
    },
    counts: () => occurrences.counts(),
    /** Slices run so far and their main-thread time (the sweep and the benchmark read it). */
    stats: () => ({
      ...queue.stats,
      busyIn: { ...queue.stats.busyIn },
      // Reacting to mutations and reporting counts are the extension's main-thread time too.
      observeMs: watcher.busyMs,
      reportMs,
      busyMs: queue.stats.busyMs + watcher.busyMs + reportMs,
    }),
    occurrences: (topic: string): HTMLElement[] => occurrences.of(topic),
    /** Scrolls to the index-th mark of a topic (wrapping around) and flashes it. */
    showOccurrence(topic: string, index: number): { index: number; total: number } | null {
      const list = occurrences.of(topic);
      if (list.length === 0) return null;
      const i = ((index % list.length) + list.length) % list.length;
      flashMark(list[i] as HTMLElement, timers.setTimeout);
      return { index: i, total: list.length };
    },
  };
}

/** search() ignores and keeps lastIndex, so the shared global regex is not disturbed. */
function firstMatch(matcher: HighlightMatcher, data: string): number {
  const slow = matcher.slowMatches?.(data);
  return slow ? (slow[0]?.start ?? -1) : data.search(matcher.regex);
}

function namesOf(appearance: Appearance): Map<string, string> {
  return new Map(appearance.topics.map((t) => [t.id, t.name]));
}
