/**
 * Test builds only (WXT_TEST_HOSTS=1): publishes the highlighter's state on <html> so the sweep
 * and the e2e tests can wait for "done" and read the cost without reaching into the isolated
 * world. Release builds never call this (the import.meta.env check is compiled away).
 */
import type { Highlighter } from '../../core/highlight';
import { prepareStats } from './highlight-config';

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
  /** Which of the prepareTasks tasks was the longest (1-based), to tell compile steps from warm-up. */
  longestPrepareTask: string;
  /** performance.now() in the page when this state was written. */
  at: number;
  errors: string[];
}

const errors: string[] = [];

export function recordTestError(error: unknown): void {
  errors.push(String((error as Error)?.stack ?? error));
}

export function publishTestState(highlighter: Highlighter): void {
  const stats = highlighter.stats();
  const state: TestState = {
    state: !highlighter.running ? 'off' : highlighter.busy || highlighter.pending ? 'scanning' : 'done',
    marks: highlighter.counts().reduce((sum, c) => sum + c.count, 0),
    busyMs: Math.round(stats.busyMs * 10) / 10,
    longestSliceMs: Math.round(stats.longestSliceMs * 10) / 10,
    longestSliceIn: stats.longestSliceIn,
    busyIn: Object.fromEntries(
      Object.entries({ ...stats.busyIn, observe: stats.observeMs, report: stats.reportMs }).map(([k, ms]) => [
        k,
        Math.round(ms),
      ]),
    ),
    longestPrepareMs: Math.round(prepareStats.longestMs * 10) / 10,
    longestPrepareTask: `${prepareStats.longestTask}/${prepareStats.tasks}`,
    at: Math.round(performance.now()),
    errors,
  };
  document.documentElement.setAttribute(TEST_STATE_ATTR, JSON.stringify(state));
}
