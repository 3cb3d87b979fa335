/**
 * Test builds only (WXT_TEST_HOSTS=1): publishes the highlighter's state on <html> so the sweep
 * and the e2e tests can wait for "done" and read the cost without reaching into the isolated
 * world. It watches the release engine from the outside, through its events; the entrypoint
 * attaches it only in test builds, so release bundles do not contain it (a test checks).
 */
import type { Highlighter } from '../../core/highlight';
import type { PageHighlightingProbe } from './page-highlighting';
import { SliceStats, TaskStats } from './slice-stats';

export const TEST_STATE_ATTR = 'data-fackkoll-test';

export interface TestState {
  state: 'scanning' | 'done' | 'off';
  marks: number;
  busyMs: number;
  longestSliceMs: number;
  longestSliceIn: string;
  busyIn: Record<string, number>;
  /** Longest task spent compiling and warming up the matcher before the first slice. */
  longestPrepareMs: number;
  /** Which of the preparation tasks was the longest (1-based), to tell compile steps from warm-up. */
  longestPrepareTask: string;
  /** Times the page setup (the compiled lexicon) was read: 0 on a page that is not highlighted. */
  setupReads: number;
  /** performance.now() in the page when this state was written. */
  at: number;
  errors: string[];
}

export interface TestProbe extends PageHighlightingProbe {
  recordError(error: unknown): void;
}

export function createTestProbe(): TestProbe {
  const errors: string[] = [];
  const slices = new SliceStats();
  const prepare = new TaskStats();
  let highlighter: Highlighter | undefined;
  let setupReads = 0;

  const publish = () => {
    if (!highlighter) return;
    const h = highlighter;
    const round = (ms: number) => Math.round(ms * 10) / 10;
    const state: TestState = {
      state: !h.running ? 'off' : h.busy || h.pending ? 'scanning' : 'done',
      marks: h.counts().reduce((sum, c) => sum + c.count, 0),
      busyMs: round(slices.busyMs),
      longestSliceMs: round(slices.longestSliceMs),
      longestSliceIn: slices.longestSliceIn,
      busyIn: Object.fromEntries(Object.entries(slices.busyIn).map(([k, ms]) => [k, Math.round(ms)])),
      longestPrepareMs: round(prepare.longestMs),
      longestPrepareTask: `${prepare.longestTask}/${prepare.tasks}`,
      setupReads,
      at: Math.round(performance.now()),
      errors,
    };
    document.documentElement.setAttribute(TEST_STATE_ATTR, JSON.stringify(state));
  };

  return {
    attach(h) {
      highlighter = h;
      slices.watch(h);
      h.on('pending', publish);
    },
    reported: publish,
    pause: (yieldToPage) => prepare.timing(yieldToPage),
    prepared: () => prepare.end(),
    setupRead: () => {
      setupReads++;
    },
    recordError(error) {
      errors.push(String((error as Error)?.stack ?? error));
      publish();
    },
  };
}
