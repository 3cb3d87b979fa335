/**
 * Runs scans of queued roots one after another in time-boxed slices. Roots are deduplicated;
 * a root queued while it is being scanned is scanned again (it changed meanwhile).
 */
import { yieldToPage } from './sliceScheduler';
import { type Candidate, TextWalk, type WalkHooks } from './textWalk';
import type { ScanRoot } from './types';

export interface ScanWork {
  sliceMs: number;
  /**
   * Budget of a slice that marks (writes to the DOM). Every yield between such slices lets the
   * browser render a frame, and with it lay out the page changed so far: on a big page each
   * frame's style and layout pass costs more than the marking in it, so marking slices are longer.
   */
  markSliceMs?: number;
  /** Candidate text nodes per mark.js call: mark.js deduplicates contexts in O(n²). */
  batchSize: number;
  /** Offset of the first match in a text, or -1. */
  search(data: string): number;
  hooks: WalkHooks;
  /** Whether a queued root is still worth scanning (connected, not inside an excluded subtree). */
  accepts(root: ScanRoot): boolean;
  /** Marks a batch, or prepares its marks off the page and returns how to put them in. */
  markBatch(candidates: Candidate[]): (() => void) | undefined;
  /** Called when the queue runs dry. */
  onIdle(): void;
}

/** Main-thread cost of scanning, for the benchmark and the sweep. */
export interface ScanStats {
  slices: number;
  busyMs: number;
  longestSliceMs: number;
  /** Wall time spent yielding to the page (frames it rendered, its own tasks), by phase. */
  collectYieldMs: number;
  markYieldMs: number;
}

export class ScanQueue {
  readonly stats: ScanStats = { slices: 0, busyMs: 0, longestSliceMs: 0, collectYieldMs: 0, markYieldMs: 0 };
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
      const walk = new TextWalk(root, (data) => this.work.search(data), this.work.hooks);
      const found: Candidate[] = [];
      while (!walk.done && generation === this.generation) {
        for (const candidate of walk.collect(Number.POSITIVE_INFINITY, this.deadline()))
          found.push(candidate);
        await this.yieldIfDue(this.deadline(), 'collectYieldMs');
      }
      const markDeadline = () => this.sliceStart + (this.work.markSliceMs ?? this.work.sliceMs);
      const pending: (() => void)[] = [];
      for (let i = 0; i < found.length && generation === this.generation; i += this.work.batchSize) {
        const apply = this.work.markBatch(found.slice(i, i + this.work.batchSize));
        if (apply) pending.push(apply);
        await this.yieldIfDue(markDeadline(), 'markYieldMs');
      }
      // Prepared marks go in together, so the page is laid out once rather than after every slice:
      // in a fresh slice, which usually holds them all.
      if (pending.length > 0 && generation === this.generation) await this.yieldIfDue(0, 'markYieldMs');
      for (const apply of pending) {
        if (generation !== this.generation) break;
        apply();
        await this.yieldIfDue(markDeadline(), 'markYieldMs');
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

  private async yieldIfDue(deadline: number, phase: 'collectYieldMs' | 'markYieldMs'): Promise<void> {
    const now = performance.now();
    if (now < deadline) return;
    this.countSlice();
    await yieldToPage();
    this.sliceStart = performance.now();
    this.stats[phase] += this.sliceStart - now;
  }

  private countSlice(): void {
    const ms = performance.now() - this.sliceStart;
    this.stats.slices++;
    this.stats.busyMs += ms;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, ms);
  }
}
