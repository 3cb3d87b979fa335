/**
 * The four ways of highlighting the benchmark compares, each timed from start to a laid-out page.
 * Layout is forced at the end of every method that changes the DOM, since the user sees nothing
 * before it.
 */
import Mark from 'mark.js';
import {
  type Appearance,
  createHighlighter,
  EXCLUDED_SELECTOR,
  type Highlighter,
  type HighlightMatcher,
} from '../../../core/highlight';
import { SliceStats } from '../../../entrypoints/content/slice-stats';

type Cursor = HighlightMatcher['cursor'];

export interface Timing {
  ms: number;
  marks: number;
  /** Long tasks (≥ 50 ms) seen while the method ran. */
  longTasks: number;
  busyMs?: number;
  longestSliceMs?: number;
  layoutMs?: number;
  slices?: number;
  collectYieldMs?: number;
  markYieldMs?: number;
}

function forceLayout(): void {
  void document.body.getBoundingClientRect().height;
  void document.documentElement.offsetHeight;
}

/** Durations of the long tasks seen by the last watchLongTasks(), for the log. */
export const lastLongTasks: number[] = [];

function watchLongTasks(): () => number {
  let count = 0;
  lastLongTasks.length = 0;
  const t0 = performance.now();
  const seen = (entries: PerformanceEntryList) => {
    // A task that began before the method did is the harness's (page generation, gc()).
    const ours = entries.filter((e) => e.startTime >= t0);
    count += ours.length;
    for (const e of ours) lastLongTasks.push(Math.round(e.duration), Math.round(e.startTime - t0));
  };
  const observer = new PerformanceObserver((list) => seen(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  return () => {
    seen(observer.takeRecords());
    observer.disconnect();
    return count;
  };
}

/** (1) A generic highlighter's way: mark.js mark() with every term, one DOM pass per term. */
export function naiveMarkJs(terms: string[]): Timing {
  const longTasks = watchLongTasks();
  let marks = 0;
  const t0 = performance.now();
  new Mark(document.body).mark(terms, {
    diacritics: false,
    separateWordSearch: false,
    exclude: [EXCLUDED_SELECTOR],
    done: (n) => {
      marks = n;
    },
  });
  forceLayout();
  return { ms: performance.now() - t0, marks, longTasks: longTasks() };
}

/** (2) The extension's pipeline; the highlighter is returned for the follow-up measurements. */
export async function pipeline(
  matcher: HighlightMatcher,
  appearance: Appearance,
  onSettled: () => void,
): Promise<Timing & { hl: Highlighter; stats: SliceStats }> {
  // Made before the clock starts, as the content script makes it (with the topics' look) before
  // its first scan: benchPage.ts counts making it in the fixed cost of a page view.
  // Reports at once: the benchmark times the page's append until the report of its marks.
  const hl = createHighlighter({ document, matcher, appearance, flushDelayMs: 0, settleEveryMs: 0 });
  hl.on('settled', onSettled);
  const stats = new SliceStats();
  stats.watch(hl);
  // Long tasks are counted while the pipeline works; the final forced layout is the benchmark's.
  const longTasks = watchLongTasks();
  const t0 = performance.now();
  await hl.start();
  const tasks = longTasks();
  const t1 = performance.now();
  forceLayout();
  const layoutMs = performance.now() - t1;
  const ms = performance.now() - t0;
  const marks = hl.counts().reduce((sum, c) => sum + c.count, 0);
  const { busyMs, longestSliceMs, slices, collectYieldMs, markYieldMs } = stats;
  return {
    ms,
    marks,
    longTasks: tasks,
    busyMs,
    longestSliceMs,
    layoutMs,
    slices,
    collectYieldMs,
    markYieldMs,
    hl,
    stats,
  };
}

/** (3) The floor: walk every text node and run the matcher's own search, change nothing. */
export function floor(regex: Cursor): Timing {
  const t0 = performance.now();
  let marks = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    regex.lastIndex = 0;
    while (regex.exec(data)) marks++;
  }
  return { ms: performance.now() - t0, marks, longTasks: 0 };
}

/** (4) The floor plus the cheapest possible wrapping and a forced layout. */
export function floorWrapLayout(regex: Cursor): Timing {
  const t0 = performance.now();
  const found: [Text, number[]][] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    regex.lastIndex = 0;
    const spans: number[] = [];
    for (let m = regex.exec(data); m; m = regex.exec(data)) spans.push(m.index, m[0].length);
    if (spans.length > 0) found.push([n as Text, spans]);
  }
  let marks = 0;
  for (const [node, spans] of found) {
    // Right to left, so earlier offsets stay valid in the original node.
    for (let i = spans.length - 2; i >= 0; i -= 2) {
      const middle = node.splitText(spans[i] as number);
      middle.splitText(spans[i + 1] as number);
      const mark = document.createElement('mark');
      middle.parentNode?.replaceChild(mark, middle);
      mark.appendChild(middle);
      marks++;
    }
  }
  forceLayout();
  return { ms: performance.now() - t0, marks, longTasks: 0 };
}
