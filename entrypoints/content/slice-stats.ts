/**
 * Where the highlighter's main-thread time went, summed from its events: what the test probe
 * publishes and the benchmark prints. Release builds never load this (see test-probe.ts).
 */
import type { Highlighter, SlicePhase, WorkPhase } from '../../core/highlight';

const SLICE_PHASES: ReadonlySet<WorkPhase> = new Set<SlicePhase>([
  'collect',
  'prepare',
  'apply',
  'end',
  'nudge',
]);

export class SliceStats {
  /** Scan slices (not observer callbacks or reports). */
  slices = 0;
  /** All main-thread time: slices, reacting to page changes, reporting. */
  busyMs = 0;
  longestSliceMs = 0;
  /** The phase the longest slice ended in. */
  longestSliceIn: WorkPhase | '' = '';
  busyIn: Partial<Record<WorkPhase, number>> = {};
  /** Time given back to the page between slices, by phase. */
  collectYieldMs = 0;
  markYieldMs = 0;

  /** Starts summing; returns the unsubscribe function. */
  watch(highlighter: Highlighter): () => void {
    const offBusy = highlighter.on('busy', (phase, ms) => this.busy(phase, ms));
    const offYield = highlighter.on('yielded', (phase, ms) => {
      if (phase === 'collect') this.collectYieldMs += ms;
      else this.markYieldMs += ms;
    });
    return () => {
      offBusy();
      offYield();
    };
  }

  private busy(phase: WorkPhase, ms: number): void {
    this.busyMs += ms;
    this.busyIn[phase] = (this.busyIn[phase] ?? 0) + ms;
    if (!SLICE_PHASES.has(phase)) return;
    this.slices++;
    if (ms > this.longestSliceMs) {
      this.longestSliceMs = ms;
      this.longestSliceIn = phase;
    }
  }
}

/** The longest of a series of tasks (the matcher's preparation), and which one it was. */
export class TaskStats {
  tasks = 0;
  longestMs = 0;
  longestTask = 0;
  private start = 0;

  /** `pause` that also ends the task before it; the first task starts now. */
  timing(pause: () => Promise<void>): () => Promise<void> {
    this.start = performance.now();
    return async () => {
      this.end();
      await pause();
      this.start = performance.now();
    };
  }

  /** The task under way ends now. */
  end(): void {
    const ms = performance.now() - this.start;
    this.tasks++;
    if (ms > this.longestMs) {
      this.longestMs = ms;
      this.longestTask = this.tasks;
    }
  }
}
