/**
 * Runs scans of queued roots in rounds of time-boxed slices. Roots are deduplicated; a root
 * queued while a round marks is scanned again in the next round (it changed meanwhile).
 */
import type { FirstMatch } from './markjs-adapter';
import { type SliceClock, yieldToPage } from './pacing';
import { type Candidate, TextWalk, type WalkHooks } from './text-walk';
import type { ScanRoot } from './types';

/** Prepare slices whose marks go in without waiting for a frame (see ScanQueue.mark). */
const APPLY_WITHOUT_FRAME_WAIT = 4;
/**
 * Rounds of up to this many text nodes with a match are marked in place (see ScanQueue.mark): a
 * typical article (1 500 text nodes, some 250 with a match), a long one (15 000 text nodes,
 * some 2 300), a burst of mutations.
 */
export const MARK_IN_PLACE_MAX = 4_096;
/** Rounds marked in place that wait for a frame first (see ScanQueue.mark). */
const IN_PLACE_WITHOUT_FRAME_WAIT = 1_024;

export interface ScanWork {
  sliceMs: number;
  /** Budget of a slice that prepares or puts in marks (see DEFAULT_MARK_SLICE_MS). */
  markSliceMs?: number;
  /** Candidate text nodes per mark.js call: mark.js deduplicates contexts in O(n²). */
  batchSize: number;
  /** Rounds of up to this many candidates are marked in place (MARK_IN_PLACE_MAX). */
  markInPlaceMax?: number;
  /** The first match in a text, if any. */
  search(data: string): FirstMatch | undefined;
  hooks: WalkHooks;
  /** Whether a queued root is still worth scanning (connected, not inside an excluded subtree). */
  accepts(root: ScanRoot): boolean;
  /** Finds the matches of a batch without touching the page; returns how to mark them, if any. */
  markBatch(candidates: Candidate[]): (() => void) | undefined;
  /** Marks a batch in place at once. */
  markNow(candidates: Candidate[]): void;
  /** Called when the queue runs dry. */
  onIdle(): void;
}

export class ScanQueue {
  private readonly pending = new Set<ScanRoot>();
  private generation = 0;
  private running: Promise<void> | undefined;

  constructor(
    private readonly work: ScanWork,
    private readonly clock: SliceClock,
  ) {}

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
    this.clock.beginRun();
    // Rounds: every queued root is searched, then all their marks are made and put in together
    // (a burst of mutations queues hundreds of small roots). Finding every candidate first reads
    // only, so the frames rendered meanwhile have nothing to lay out; interleaving search and
    // marking made the browser lay out the page again in every frame.
    while (generation === this.generation && this.pending.size > 0) {
      const found = await this.collectQueued(generation);
      if (generation !== this.generation) return;
      await this.mark(found, generation);
    }
    if (generation !== this.generation) return;
    this.clock.endSlice('end');
    this.running = undefined;
    this.work.onIdle();
  }

  /** Candidates of every queued root, including roots queued while this runs. */
  private async collectQueued(generation: number): Promise<Candidate[]> {
    const found: Candidate[] = [];
    const deadline = () => this.clock.deadline(this.work.sliceMs);
    for (let root = this.takeRoot(); root && generation === this.generation; root = this.takeRoot()) {
      if (!this.work.accepts(root)) continue;
      const walk = new TextWalk(root, (data) => this.work.search(data), this.work.hooks);
      while (!walk.done && generation === this.generation) {
        for (const candidate of walk.collect(Number.POSITIVE_INFINITY, deadline())) found.push(candidate);
        await this.clock.yieldIfDue(deadline(), 'collect');
      }
    }
    return found;
  }

  private takeRoot(): ScanRoot | undefined {
    const root = this.pending.values().next().value;
    if (root !== undefined) this.pending.delete(root);
    return root;
  }

  /**
   * Marks a small round in place; finds every match of a big one in slices without touching the
   * page, then makes its marks together.
   */
  private async mark(found: Candidate[], generation: number): Promise<void> {
    if (found.length <= this.work.batchSize) {
      // One batch (most mutation rounds): marked in the slice under way, so no frame can come
      // between marks, and finding first would only cost more.
      this.work.markNow(found);
      return;
    }
    const deadline = () => this.clock.deadline(this.work.markSliceMs ?? this.work.sliceMs);
    if (found.length <= (this.work.markInPlaceMax ?? MARK_IN_PLACE_MAX)) {
      // Slices whose yields run ahead of rendering (see the put-in below), so no frame lays out
      // a half-marked page. In place took 0.5-0.8 ms less than copies marked off the page at
      // 1 500 text nodes, 2.6 at 4 000 and 28 at 15 000, and 2-11 ms less than finding first
      // at 4 000 and 15 000 (npm run bench's page, A/B in one browser).
      // Longer rounds start right after a frame, which gives them the longest run of slices
      // the browser lets go before it renders; at 36 000 text nodes even that run was too short,
      // and the frames that came between slices laid the page out again and again.
      if (found.length > IN_PLACE_WITHOUT_FRAME_WAIT) await this.clock.yieldUntilAfterFrame('collect');
      for (let i = 0; i < found.length && generation === this.generation; i += this.work.batchSize) {
        this.work.markNow(found.slice(i, i + this.work.batchSize));
        await this.clock.yieldIfDue(deadline(), 'apply');
      }
      return;
    }
    const pending: (() => void)[] = [];
    let slices = 0;
    for (let i = 0; i < found.length && generation === this.generation; i += this.work.batchSize) {
      const apply = this.work.markBatch(found.slice(i, i + this.work.batchSize));
      if (apply) pending.push(apply);
      if (await this.clock.yieldIfDue(deadline(), 'prepare')) slices++;
    }
    if (pending.length === 0 || generation !== this.generation) return;
    // Making the marks found costs about 60 % of finding them (36 000 text nodes: 41-49 ms
    // against 71-78). What took up to four slices to find goes in within two or three slices
    // whose yields run ahead of rendering, so no frame comes between them; waiting for a frame
    // first cost a small round up to a frame of wall time. More waits for a frame, which starts
    // the longest run of slices the browser lets go before it renders. Copies marked off the
    // page and put in here took 6 % longer at 36 000 text nodes (623 against 585 ms).
    if (slices > APPLY_WITHOUT_FRAME_WAIT) await this.clock.yieldUntilAfterFrame('prepare');
    for (const apply of pending) {
      if (generation !== this.generation) return;
      apply();
      await this.clock.yieldIfDue(deadline(), 'apply');
    }
  }
}
