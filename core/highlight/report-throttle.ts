/**
 * When the highlighter says "settled" (marks changed, nothing left to scan): counting walks every
 * mark, and a live page settles after each of its changes, so listeners hear at most once per
 * `everyMs`; the last change of a burst comes late, never lost.
 */
import type { WatchTimers } from './mutation-watcher';

export class ReportThrottle {
  /** Main-thread time spent in the listeners, ms (charged to the live budget). */
  busyMs = 0;
  private changed = false;
  private lastAt = Number.NEGATIVE_INFINITY;
  private timer: unknown;
  /** The last report went out with page changes still waiting for their scan: report after it. */
  private reportedPending = false;

  constructor(
    private readonly everyMs: number,
    private readonly timers: WatchTimers,
    /** Whether page changes are waiting for their scan (see MutationWatcher.pending). */
    private readonly pageChangesPending: () => boolean,
    private readonly report: () => void,
  ) {}

  /** Marks were added or removed. */
  markChanged(): void {
    this.changed = true;
  }

  /** Listeners were told that changes are pending: they hear again once those are scanned. */
  markPendingReported(): void {
    this.reportedPending = true;
  }

  /** Nothing is left to scan: report now, or when the throttle allows. */
  settle(): void {
    if (!(this.changed || this.reportedPending)) return;
    this.changed = false;
    const wait = this.lastAt + this.everyMs - performance.now();
    if (wait <= 0) this.reportNow();
    else this.timer ??= this.timers.setTimeout(() => this.reportNow(), wait);
  }

  cancel(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private reportNow(): void {
    this.timer = undefined;
    this.lastAt = performance.now();
    this.reportedPending = this.pageChangesPending();
    try {
      this.report();
    } finally {
      this.busyMs += performance.now() - this.lastAt;
    }
  }
}
