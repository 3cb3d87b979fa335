/**
 * The page-side highlighting engine: DOM only (no extension API), so it runs the same in the
 * content script, in happy-dom tests and in the benchmark page. README.md in this folder walks
 * a page from start() to its marks.
 */
import { DOCUMENT_NODE } from './constants';
import { Events, type HighlighterEvents } from './events';
import { flashMark } from './flash-mark';
import { FrameRoots } from './frame-roots';
import { listenForActivation } from './mark-activation';
import { MarkTemplates } from './mark-templates';
import { type MarkBatchContext, markTextNodes, prepareMarks, searchFirst } from './mark-text-nodes';
import type { FirstMatch } from './markjs-adapter';
import { MutationWatcher, type PageChanges, type WatchTimers } from './mutation-watcher';
import { Occurrences } from './occurrences';
import {
  DEFAULT_LIVE_BUDGET,
  DEFAULT_MARK_SLICE_MS,
  DEFAULT_SLICE_MS,
  LiveBudget,
  type LiveBudgetOptions,
  SliceClock,
} from './pacing';
import { PageStyles } from './page-styles';
import { repairAfterPageChanges } from './repair-after-page-changes';
import { ReportThrottle } from './report-throttle';
import { restoreHead, unmarkAll } from './restore-text';
import { RootFilter } from './root-filter';
import { ScanQueue } from './scan-queue';
import { isOurMark, SplitRegistry, topicOfMark } from './split-registry';
import { TabStops } from './tab-stops';
import type { Appearance, HighlightMatcher, MarkActivation, ScanRoot } from './types';

export interface HighlighterOptions {
  document: Document;
  appearance: Appearance;
  /** What to mark; until setMatcher() gives one, nothing is marked. */
  matcher?: HighlightMatcher;
  /** Main-thread budget per slice, ms. */
  sliceMs?: number;
  /** Main-thread budget per slice that marks, ms (see DEFAULT_MARK_SLICE_MS). */
  markSliceMs?: number;
  batchSize?: number;
  /** Rounds of up to this many text nodes with a match are marked in place (MARK_IN_PLACE_MAX). */
  markInPlaceMax?: number;
  /** How long mutations are collected before one scan, ms. */
  flushDelayMs?: number;
  burstLimit?: number;
  /** At most one "settled" event per this many ms (see ReportThrottle). */
  settleEveryMs?: number;
  /** Timers that die with the caller (the content script passes its context's). */
  timers?: WatchTimers;
  /** The cap on main-thread time spent following a live page (see LiveBudget). */
  liveBudget?: LiveBudgetOptions;
}

export type Highlighter = ReturnType<typeof createHighlighter>;

/** Picks out marks by their topic and text (what a matcher change takes away). */
export type RemovedMarks = (topic: string, text: string) => boolean;

/** Matches nothing: the engine runs (observes, answers) before the real matcher is compiled. */
const NO_MATCHER: HighlightMatcher = { cursor: /(?!)/gu, topicOf: () => undefined };

const DEFAULT_TIMERS: WatchTimers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

export function createHighlighter(options: HighlighterOptions) {
  const doc = options.document;
  const timers = options.timers ?? DEFAULT_TIMERS;
  const events = new Events<HighlighterEvents>();
  let matcher = options.matcher ?? NO_MATCHER;
  let running = false;
  const registry = new SplitRegistry();
  const occurrences = new Occurrences(registry);
  const tabStops = new TabStops(occurrences);
  const roots = new Set<Document | ShadowRoot>();
  const disposers: (() => void)[] = [];

  const clock = new SliceClock({
    slice: (phase, ms) => events.emit('busy', phase, ms),
    yielded: (phase, ms) => events.emit('yielded', phase, ms),
  });
  const reports = new ReportThrottle(
    options.settleEveryMs ?? 250,
    timers,
    () => watcher.pending,
    () => {
      const start = performance.now();
      tabStops.invalidate();
      events.emit('settled');
      events.emit('busy', 'report', performance.now() - start);
    },
  );
  /** Everything we spend on the main thread is charged; see `forgive` for what is paid back. */
  const budget: LiveBudget = new LiveBudget(
    options.liveBudget ?? DEFAULT_LIVE_BUDGET,
    () => clock.busyMs + watcher.busyMs + reports.busyMs,
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
      // Only listeners told that changes are pending need to hear when they are scanned.
      if (!events.has('pending')) return;
      reports.markPendingReported();
      events.emit('pending');
    },
    onChanges: (changes) => applyChanges(changes),
    onBusy: (ms) => events.emit('busy', 'observe', ms),
  });
  const styles = new PageStyles(options.appearance, (change) => watcher.ignoring(change));

  /** Runs our own DOM change unobserved; notes whether marks changed. */
  const changeMarks = (change: () => number | boolean) => {
    if (watcher.ignoring(change)) {
      reports.markChanged();
      // At once, not at the throttled settle: Tab may come before it.
      tabStops.invalidate();
    }
  };

  const attach = (root: Document | ShadowRoot) => {
    if (roots.has(root)) return;
    roots.add(root);
    styles.attach(root);
    watcher.observe(root);
    if (root.nodeType === DOCUMENT_NODE) {
      const onActivate = (activation: MarkActivation) => events.emit('activate', activation);
      disposers.push(
        listenForActivation(
          root as Document,
          onActivate,
          // A quiet mark is the page's text to the reader: its clicks and keys are the page's.
          (n) => !styles.quiet && registry.owns(n),
          (mark, topic, step) => watcher.ignoring(() => tabStops.moveFocus(mark, topic, step)),
          // Attributes only, and unobserved: they are ours, not the page's.
          () => {
            if (!styles.quiet) watcher.ignoring(() => tabStops.refresh());
          },
        ),
      );
    }
  };
  const frames = new FrameRoots({ attach, scan: (root) => queue.add(root) });
  const filter = new RootFilter(() => frames);

  const markContext: MarkBatchContext = {
    registry,
    get matcher() {
      return matcher;
    },
    topicName: (topic: string) => styles.topicName(topic),
    topicLabel: (topic: string) => styles.topicLabel(topic),
    get quiet() {
      return styles.quiet;
    },
  };
  const templates = new MarkTemplates(markContext);
  markContext.templates = templates;
  const mayMatch = (text: string) => matcher.mayMatch?.(text) ?? true;
  const queue: ScanQueue = new ScanQueue(
    {
      sliceMs: options.sliceMs ?? DEFAULT_SLICE_MS,
      markSliceMs: options.markSliceMs ?? DEFAULT_MARK_SLICE_MS,
      batchSize: options.batchSize ?? 64,
      ...(options.markInPlaceMax !== undefined && { markInPlaceMax: options.markInPlaceMax }),
      search: (data) => firstMatch(matcher, data),
      hooks: {
        isOwn: (node) => registry.owns(node),
        onShadowRoot: (root) => frames.shadowRoot(root),
        onFrame: (frame) => frames.visit(frame),
        // Read at every block, so it follows setMatcher. Without a prefilter a block's
        // querySelector and textContent would buy nothing.
        get mayMatch() {
          return matcher.mayMatch ? mayMatch : undefined;
        },
      },
      accepts: (root) => filter.accepts(root),
      markBatch: (nodes) => {
        const prepared = prepareMarks(nodes, markContext);
        // Nothing to mark: no stylesheet goes in for it.
        if (prepared.nodes === 0) return undefined;
        return () => {
          styles.ensureAll();
          changeMarks(() => prepared.apply());
        };
      },
      markNow: (nodes) => {
        if (nodes.length > 0) styles.ensureAll();
        changeMarks(() => markTextNodes(nodes, markContext));
      },
      onIdle: () => settle(),
    },
    clock,
  );

  /** Nothing is left to scan: pay back a forgiven scan, then report. */
  function settle(): void {
    if (queue.busy) return;
    if (forgive) {
      forgive = false;
      budget.refill();
    }
    reports.settle();
  }

  function applyChanges(changes: PageChanges): void {
    if (!running) return;
    // A page rewriting text in place (live scores, tickers) keeps what is known about its elements.
    if (changes.elementsAdded || changes.editable.length > 0 || changes.scan === null) filter.forget();
    const { rescan, marksChanged } = watcher.ignoring(() => repairAfterPageChanges(changes, registry));
    if (marksChanged) reports.markChanged();
    if (changes.scan === null) rescanAll();
    else for (const node of [...changes.scan, ...rescan]) queue.add(node as ScanRoot);
    settle();
  }

  function rescanAll(): void {
    for (const root of roots) {
      const gone = 'host' in root ? !root.host.isConnected : root.defaultView === null;
      if (gone) {
        roots.delete(root);
        styles.forget(root);
      } else queue.add(root);
    }
    filter.forget();
  }

  /**
   * Marks the new matcher no longer makes (a topic switched off, a term dismissed) go at once;
   * the text they held is matched again, so a neighbouring match still gets its mark.
   */
  function dropMarks(removed: RemovedMarks): void {
    const heads = registry
      .heads()
      .filter((head) =>
        registry
          .chainOf(head)
          .some((n) => isOurMark(n) && removed(topicOfMark(n), (n as HTMLElement).textContent ?? '')),
      );
    if (heads.length === 0) return;
    watcher.ignoring(() => {
      for (const head of heads) restoreHead(head, registry);
      markTextNodes(
        heads.filter((h) => h.isConnected).map((node) => ({ node })),
        markContext,
      );
    });
    reports.markChanged();
    forgive = true;
    settle();
  }

  /** Any other matcher change (topics added, English on, other packs): unmark, then scan again. */
  function rematch(): void {
    queue.clear();
    watcher.ignoring(() => unmarkAll(registry));
    reports.markChanged();
    forgive = true;
    rescanAll();
    settle();
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
    /** Stops everything and leaves the page as it was. */
    stop(): void {
      running = false;
      reports.cancel();
      queue.clear();
      watcher.disconnect();
      unmarkAll(registry);
      styles.removeAll();
      frames.dispose();
      for (const dispose of disposers.splice(0)) dispose();
      roots.clear();
    },
    /** Scans every known root again (single-page navigation); marks already made stay. */
    rescan(): Promise<void> {
      if (running) {
        forgive = true;
        rescanAll();
      }
      return queue.idle();
    },
    /**
     * The one way to change what is marked. `removed`: the new matcher differs from the old only
     * in no longer making the marks this picks out (by topic and text), so only those go.
     * Otherwise every mark is redone. Before start() the matcher is only kept for it.
     */
    setMatcher(next: HighlightMatcher, removed?: RemovedMarks): Promise<void> {
      matcher = next;
      if (running) {
        if (removed) dropMarks(removed);
        else rematch();
      }
      return queue.idle();
    },
    /** New colours or style: one stylesheet per root is rewritten, no mark is touched. */
    setAppearance(appearance: Appearance): void {
      styles.update(appearance);
      // Names and labels may have changed with it; marks made from now on take the new ones.
      templates.clear();
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
    /** Resolves when nothing is left to scan. */
    idle: (): Promise<void> => queue.idle(),
    /** Match count per topic, most frequent first. */
    counts: () => occurrences.counts(),
    /** Scrolls to the index-th mark of a topic (wrapping around) and flashes it. */
    showOccurrence(topic: string, index: number): { index: number; total: number } | null {
      const list = occurrences.of(topic);
      if (list.length === 0) return null;
      const i = ((index % list.length) + list.length) % list.length;
      flashMark(list[i] as HTMLElement, timers.setTimeout);
      return { index: i, total: list.length };
    },
    /** Subscribes to one of the engine's events; returns the unsubscribe function. */
    on: events.on,
  };
}

function firstMatch(matcher: HighlightMatcher, data: string): FirstMatch | undefined {
  const slow = matcher.slowMatches?.(data);
  // The slow path's matches are found again when marking: the end is not needed.
  return slow ? slow[0] && { at: slow[0].start } : searchFirst(matcher.cursor, data);
}
