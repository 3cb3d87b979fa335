/**
 * Test builds only (WXT_TEST_HOSTS=1): publishes the highlighter's state on <html> so the sweep
 * and the e2e tests can wait for "done" and read the cost without reaching into the isolated
 * world. Release builds never call this (the import.meta.env check is compiled away).
 */
import type { Highlighter } from '../highlight';

export const TEST_STATE_ATTR = 'data-fackkoll-test';

export interface TestState {
  state: 'scanning' | 'done' | 'off';
  marks: number;
  busyMs: number;
  longestSliceMs: number;
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
    state: !highlighter.running ? 'off' : highlighter.busy ? 'scanning' : 'done',
    marks: highlighter.counts().reduce((sum, c) => sum + c.count, 0),
    busyMs: Math.round(stats.busyMs * 10) / 10,
    longestSliceMs: Math.round(stats.longestSliceMs * 10) / 10,
    at: Math.round(performance.now()),
    errors,
  };
  document.documentElement.setAttribute(TEST_STATE_ATTR, JSON.stringify(state));
}
