/**
 * Runs scans of queued roots in rounds of time-boxed slices. Roots are deduplicated; a root
 * queued while a round marks is scanned again in the next round (it changed meanwhile).
 */
import { nudgeScavenge } from './scavengeNudge';
import { afterNextFrame, yieldToPage } from './sliceScheduler';
import { type Candidate, TextWalk, type WalkHooks } from './textWalk';
import type { ScanRoot } from './types';

export interface ScanWork {
  sliceMs: number;
  /** Budget of a slice that prepares or puts in marks (see DEFAULT_MARK_SLICE_MS). */
  markSliceMs?: number;
  /** Candidate text nodes per mark.js call: mark.js deduplicates contexts in O(n²). */
  batchSize: number;
  /** Offset of the first match in a text, or -1. */
  search(data: string): number;
  hooks: WalkHooks;
  /** Whether a queued root is still worth scanning (connected, not inside an excluded subtree). */
  accepts(root: ScanRoot): boolean;
  /** Prepares the marks of a batch off the page and returns how to put them in. */
  markBatch(candidates: Candidate[]): (() => void) | undefined;
  /** Marks a batch in place at once. */
  markNow(candidates: Candidate[]): void;
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
  /**
   * Where the longest slice ended: searching, preparing marks, putting them in, the last slice,
   * or a task of its own that makes garbage for a scavenge (see scavengeNudge.ts).
   */
  longestSliceIn: SlicePhase | '';
  /** Main-thread time by the phase each slice ended in. */
  busyIn: Record<SlicePhase, number>;
}

type SlicePhase = 'collect' | 'prepare' | 'apply' | 'end' | 'nudge';

/**
 * Slices of a round before garbage is made between them (see yieldIfDue and scavengeNudge.ts):
 * a short round (an article, a burst of mutations) never pays for it.
 */
const NUDGE_AFTER_SLICES = 8;

export class ScanQueue {
  readonly stats: ScanStats = {
    slices: 0,
    busyMs: 0,
    longestSliceMs: 0,
    collectYieldMs: 0,
    markYieldMs: 0,
    longestSliceIn: '',
    busyIn: { collect: 0, prepare: 0, apply: 0, end: 0, nudge: 0 },
  };
  private readonly pending = new Set<ScanRoot>();
  private generation = 0;
  private sliceStart = 0;
  /** Slices since the queue last ran dry. */
  private runSlices = 0;
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
    this.runSlices = 0;
    // Rounds: every queued root is searched, then all their marks are made and put in together
    // (a burst of mutations queues hundreds of small roots). Finding every candidate first reads
    // only, so the frames rendered meanwhile have nothing to lay out; interleaving search and
    // marking made the browser lay out the page again in every frame: 1.5x the layout time.
    while (generation === this.generation && this.pending.size > 0) {
      const found = await this.collectQueued(generation);
      if (generation !== this.generation) return;
      await this.mark(found, generation);
    }
    if (generation !== this.generation) return;
    this.countSlice('end');
    this.running = undefined;
    this.work.onIdle();
  }

  /** Candidates of every queued root, including roots queued while this runs. */
  private async collectQueued(generation: number): Promise<Candidate[]> {
    const found: Candidate[] = [];
    for (let root = this.takeRoot(); root && generation === this.generation; root = this.takeRoot()) {
      if (!this.work.accepts(root)) continue;
      const walk = new TextWalk(root, (data) => this.work.search(data), this.work.hooks);
      while (!walk.done && generation === this.generation) {
        for (const candidate of walk.collect(Number.POSITIVE_INFINITY, this.deadline()))
          found.push(candidate);
        await this.yieldIfDue(this.deadline(), 'collect');
      }
    }
    return found;
  }

  private takeRoot(): ScanRoot | undefined {
    const root = this.pending.values().next().value;
    if (root !== undefined) this.pending.delete(root);
    return root;
  }

  /** Prepares the marks of all candidates off the page in slices, then puts them in together. */
  private async mark(found: Candidate[], generation: number): Promise<void> {
    if (found.length <= this.work.batchSize) {
      // One batch (most mutation rounds): marked in the slice under way, so no frame can come
      // between marks, and copies would only cost more.
      this.work.markNow(found);
      return;
    }
    const markDeadline = () => this.sliceStart + (this.work.markSliceMs ?? this.work.sliceMs);
    const pending: (() => void)[] = [];
    let slices = 0;
    for (let i = 0; i < found.length && generation === this.generation; i += this.work.batchSize) {
      const apply = this.work.markBatch(found.slice(i, i + this.work.batchSize));
      if (apply) pending.push(apply);
      if (await this.yieldIfDue(markDeadline(), 'prepare')) slices++;
    }
    if (pending.length === 0 || generation !== this.generation) return;
    // Putting marks in costs about a quarter of preparing them: what took a slice or less to
    // prepare goes in within the slice under way; more waits for a frame first.
    if (slices > 0) await this.yieldUntilAfterFrame();
    for (const apply of pending) {
      if (generation !== this.generation) return;
      apply();
      await this.yieldIfDue(markDeadline(), 'apply');
    }
  }

  private deadline(): number {
    return this.sliceStart + this.work.sliceMs;
  }

  /**
   * Putting the marks in starts right after a frame, and its slices yield with 'user-blocking'
   * priority: Chromium runs such tasks ahead of rendering until it has not rendered for about
   * 100 ms, so a second slice usually follows the first before any frame. A frame between
   * them lays out the half-marked page, then the rest again: +40 % wall time at 15 000 nodes
   * (npm run bench). Input still gets in between slices; only painting waits.
   */
  private async yieldUntilAfterFrame(): Promise<void> {
    this.countSlice('prepare');
    const start = performance.now();
    await afterNextFrame();
    this.sliceStart = performance.now();
    this.stats.markYieldMs += this.sliceStart - start;
  }

  /** Yields when the slice is used up; says whether it did. */
  private async yieldIfDue(deadline: number, phase: Exclude<SlicePhase, 'end' | 'nudge'>): Promise<boolean> {
    const now = performance.now();
    if (now < deadline) return false;
    this.countSlice(phase);
    const urgent = phase === 'apply';
    await yieldToPage(urgent);
    let yielded = performance.now() - now;
    // From early in a long round: started past slice 48, the scavenges of the first slices were
    // already the long ones (longest slice at 100 000 text nodes 27-63 ms in Chromium and 16-24 ms
    // in Firefox, against 13-26 ms and 11-17 ms from slice 8; bench busy time at 15 000 nodes
    // within its noise). In a task of its own, so that a scavenge the garbage brings on pauses
    // between slices instead of adding to one.
    if (++this.runSlices > NUDGE_AFTER_SLICES) {
      this.sliceStart = performance.now();
      nudgeScavenge();
      this.countSlice('nudge');
      const nudged = performance.now();
      await yieldToPage(urgent);
      yielded += performance.now() - nudged;
    }
    this.sliceStart = performance.now();
    this.stats[phase === 'collect' ? 'collectYieldMs' : 'markYieldMs'] += yielded;
    return true;
  }

  private countSlice(phase: SlicePhase): void {
    const ms = performance.now() - this.sliceStart;
    this.stats.slices++;
    this.stats.busyMs += ms;
    this.stats.busyIn[phase] += ms;
    if (ms > this.stats.longestSliceMs) {
      this.stats.longestSliceMs = ms;
      this.stats.longestSliceIn = phase;
    }
  }
}
