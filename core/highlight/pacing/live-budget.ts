/**
 * A cap on the main-thread time a live page can make us spend: a token bucket over our own busy
 * time. A page that rewrites itself all the time (tickers, feeds, 1 000 nodes a second) would
 * otherwise have us mark every version of every paragraph; with the cap, the next scan waits
 * until the bucket has refilled, and whatever the page rewrote meanwhile is scanned once, in its
 * latest version. Pages that change now and then never reach the cap.
 */
export interface LiveBudgetOptions {
  /** Share of wall time live work may take in the long run (0.05 = 5 %). */
  share: number;
  /** Busy time that may be spent at once before anything waits, ms. */
  burstMs: number;
  /** The longest a scan waits, however far over the cap we are, ms (marks must not lag more). */
  maxWaitMs: number;
}

export const DEFAULT_LIVE_BUDGET: LiveBudgetOptions = { share: 0.04, burstMs: 50, maxWaitMs: 2_000 };

export class LiveBudget {
  private credit: number;
  private at: number;
  /** The running total is read lazily: its owner may not have built what it sums yet. */
  private spentAt = 0;

  constructor(
    private readonly options: LiveBudgetOptions,
    /** Our busy time so far, ms (a running total from zero). */
    private readonly spent: () => number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.credit = options.burstMs;
    this.at = now();
  }

  /** How long live work should wait before it runs, ms. */
  waitMs(): number {
    this.update();
    if (this.credit >= 0) return 0;
    return Math.min(this.options.maxWaitMs, -this.credit / this.options.share);
  }

  /**
   * Forgives what was spent so far: a scan the reader or the page's navigation asked for (the
   * first one, a settings change, a new route) is not the page churning.
   */
  refill(): void {
    this.update();
    this.credit = this.options.burstMs;
  }

  private update(): void {
    const now = this.now();
    const spent = this.spent();
    const { share, burstMs, maxWaitMs } = this.options;
    const earned = Math.min(burstMs, this.credit + (now - this.at) * share);
    // Never deeper in debt than maxWaitMs can pay back: one huge scan must not stall the next ones.
    this.credit = Math.max(earned - (spent - this.spentAt), -maxWaitMs * share);
    this.at = now;
    this.spentAt = spent;
  }
}
