/**
 * The clock every scan slice runs by: when a slice is used up, yielding to the page, and what
 * each slice cost. A slice ends in a phase (what it was doing when its time ran out), reported
 * to the listener (the engine's `busy` event, which test builds and the benchmark sum), and
 * added to `busyMs`, which the live budget charges.
 */
import { nudgeScavenge } from './scavenge-nudge';
import { afterNextFrame, yieldToPage } from './yield';

/** Milliseconds of main-thread work per slice: well under the 50 ms long-task line. */
export const DEFAULT_SLICE_MS = 5;
/**
 * Slices that prepare and put in marks. Preparing writes nothing to the page, so frames between
 * those slices have nothing new to lay out, and putting marks in runs ahead of rendering (see
 * yieldUntilAfterFrame): longer slices buy little. What they cost is headroom, because a V8
 * scavenge can land in any slice (the figures are in the commit that set this value).
 */
export const DEFAULT_MARK_SLICE_MS = 8;

export type SlicePhase = 'collect' | 'prepare' | 'apply' | 'end' | 'nudge';
/** Between slices: searching for matches, or making and putting in marks. */
export type YieldPhase = 'collect' | 'mark';

export interface SliceListener {
  slice(phase: SlicePhase, ms: number): void;
  yielded(phase: YieldPhase, ms: number): void;
}

/**
 * Slices of a run before garbage is made between them (see scavenge-nudge.ts): a short run (an
 * article, a burst of mutations) never pays for it, and a long one starts early enough that the
 * first scavenges stay short.
 */
const NUDGE_AFTER_SLICES = 8;

export class SliceClock {
  /** Main-thread time in slices so far, ms (the live budget charges it). */
  busyMs = 0;
  private sliceStart = 0;
  /** Slices since the run began. */
  private runSlices = 0;

  constructor(private readonly listener: SliceListener) {}

  /** A run starts in a task of our own: its first slice begins now. */
  beginRun(): void {
    this.sliceStart = performance.now();
    this.runSlices = 0;
  }

  /** When a slice with this budget that began at the current slice start must end. */
  deadline(budgetMs: number): number {
    return this.sliceStart + budgetMs;
  }

  /** The slice under way ends here (without yielding: the caller's work is done). */
  endSlice(phase: SlicePhase): void {
    const ms = performance.now() - this.sliceStart;
    this.busyMs += ms;
    this.listener.slice(phase, ms);
  }

  /** Yields when the slice is used up; says whether it did. */
  async yieldIfDue(deadline: number, phase: Exclude<SlicePhase, 'end' | 'nudge'>): Promise<boolean> {
    const now = performance.now();
    if (now < deadline) return false;
    this.endSlice(phase);
    const urgent = phase === 'apply';
    await yieldToPage(urgent);
    let yielded = performance.now() - now;
    // In a task of its own, so that a scavenge the garbage brings on pauses between slices
    // instead of adding to one.
    if (++this.runSlices > NUDGE_AFTER_SLICES) {
      this.sliceStart = performance.now();
      nudgeScavenge();
      this.endSlice('nudge');
      const nudged = performance.now();
      await yieldToPage(urgent);
      yielded += performance.now() - nudged;
    }
    this.sliceStart = performance.now();
    this.listener.yielded(phase === 'collect' ? 'collect' : 'mark', yielded);
    return true;
  }

  /**
   * Putting in the marks of a big round starts right after a frame, and its slices yield with 'user-blocking'
   * priority: Chromium runs such tasks ahead of rendering until it has not rendered for about
   * 100 ms, so a second slice usually follows the first before any frame. A frame between them
   * would lay out the half-marked page, then the rest again. Input still gets in between
   * slices; only painting waits.
   */
  async yieldUntilAfterFrame(ending: Exclude<SlicePhase, 'end' | 'nudge'>): Promise<void> {
    this.endSlice(ending);
    const start = performance.now();
    await afterNextFrame();
    this.sliceStart = performance.now();
    this.listener.yielded('mark', this.sliceStart - start);
  }
}
