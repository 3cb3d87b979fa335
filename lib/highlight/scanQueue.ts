/**
 * Runs scans of queued roots one after another in time-boxed slices. Roots are deduplicated;
 * a root queued while it is being scanned is scanned again (it changed meanwhile).
 */
import { yieldToPage } from './sliceScheduler';
import { type Candidate, TextWalk, type WalkHooks } from './textWalk';
import type { ScanRoot } from './types';

export interface ScanWork {
  sliceMs: number;
  /** Candidate text nodes per mark.js call: mark.js deduplicates contexts in O(n²). */
  batchSize: number;
  regex(): RegExp;
  hooks: WalkHooks;
  /** Whether a queued root is still worth scanning (connected, not inside an excluded subtree). */
  accepts(root: ScanRoot): boolean;
  markBatch(candidates: Candidate[]): void;
  /** Called when the queue runs dry. */
  onIdle(): void;
}

/** Main-thread cost of scanning, for the benchmark and the sweep. */
export interface ScanStats {
  slices: number;
  busyMs: number;
  longestSliceMs: number;
}

export class ScanQueue {
  readonly stats: ScanStats = { slices: 0, busyMs: 0, longestSliceMs: 0 };
  private readonly pending = new Set<ScanRoot>();
  private generation = 0;
  private sliceStart = 0;
  private running: Promise<void> | undefined;

  constructor(private readonly work: ScanWork) {}

  add(root: ScanRoot): void {
    this.pending.add(root);
    if (!this.running) this.running = this.run(this.generation);
  }

  /** Resolves once every queued root is scanned. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Drops queued and running work (matcher replaced, highlighter stopped). */
  clear(): void {
    this.pending.clear();
    this.generation++;
    this.running = undefined;
  }

  private async run(generation: number): Promise<void> {
    // Start in a task of our own, not inside whoever queued the root.
    await yieldToPage();
    this.sliceStart = performance.now();
    while (generation === this.generation) {
      const root = this.pending.values().next().value;
      if (root === undefined) break;
      this.pending.delete(root);
      if (!this.work.accepts(root)) continue;
      // Two phases: find every candidate first (reads only, so the frames rendered meanwhile
      // have nothing to lay out), then mark. Interleaving both made the browser lay out the
      // page again in every frame of the scan: about 1.5x the layout time of marking at once.
      const walk = new TextWalk(root, this.work.regex(), this.work.hooks);
      const found: Candidate[] = [];
      while (!walk.done && generation === this.generation) {
        for (const candidate of walk.collect(Number.POSITIVE_INFINITY, this.deadline()))
          found.push(candidate);
        await this.yieldIfDue();
      }
      for (let i = 0; i < found.length && generation === this.generation; i += this.work.batchSize) {
        this.work.markBatch(found.slice(i, i + this.work.batchSize));
        await this.yieldIfDue();
      }
    }
    if (generation !== this.generation) return;
    this.countSlice();
    this.running = undefined;
    this.work.onIdle();
  }

  private deadline(): number {
    return this.sliceStart + this.work.sliceMs;
  }

  private async yieldIfDue(): Promise<void> {
    if (performance.now() < this.deadline()) return;
    this.countSlice();
    await yieldToPage();
    this.sliceStart = performance.now();
  }

  private countSlice(): void {
    const ms = performance.now() - this.sliceStart;
    this.stats.slices++;
    this.stats.busyMs += ms;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, ms);
  }
}
