// @vitest-environment happy-dom
/**
 * The scan queue works in rounds: every root queued together is searched first, then marked in
 * one go; a round of up to markInPlaceMax nodes is marked in place, a bigger one has its matches
 * found in batches that touch nothing and its marks made together afterwards. Counts are reported once things settle, at a bounded rate.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SliceClock } from '../../../../core/highlight/pacing';
import { ScanQueue } from '../../../../core/highlight/scan-queue';
import type { Candidate } from '../../../../core/highlight/text-walk';
import { h, marksIn, sleep, testHighlighter } from './helpers';

/** A clock that logs the wait for a frame instead of waiting. */
class FrameLoggingClock extends SliceClock {
  constructor(private readonly log: string[]) {
    super({ slice: () => {}, yielded: () => {} });
  }

  override async yieldUntilAfterFrame(_ending: string): Promise<void> {
    this.log.push('frame');
  }
}

function queueLogging(batchSize: number, markSliceMs?: number, markInPlaceMax = 0) {
  const log: string[] = [];
  const queue = new ScanQueue(
    {
      sliceMs: 5,
      ...(markSliceMs !== undefined && { markSliceMs }),
      batchSize,
      markInPlaceMax,
      search: (data) => {
        const at = data.indexOf('välfärd');
        return at < 0 ? undefined : { at };
      },
      hooks: { isOwn: () => false, onShadowRoot: () => {}, onFrame: () => {} },
      accepts: () => true,
      markNow: (found: Candidate[]) => void log.push(`now ${found.map((c) => c.node.data).join('|')}`),
      markBatch: (found: Candidate[]) => {
        log.push(`prepare ${found.length}`);
        return () => void log.push(`apply ${found.length}`);
      },
      onIdle: () => void log.push('idle'),
    },
    new FrameLoggingClock(log),
  );
  return { queue, log };
}

afterEach(() => document.body.replaceChildren());

describe('scan rounds', () => {
  it('marks the roots queued together in one in-place call', async () => {
    const ps = ['a välfärd', 'inget', 'b välfärd'].map((t) => h('p', {}, t));
    document.body.append(...ps);
    const { queue, log } = queueLogging(8);
    for (const p of ps) queue.add(p);
    await queue.idle();
    expect(log).toEqual(['now a välfärd|b välfärd', 'idle']);
  });

  it('prepares every batch of a big round before putting any in', async () => {
    document.body.append(...Array.from({ length: 7 }, (_, i) => h('p', {}, `${i} välfärd`)));
    const { queue, log } = queueLogging(3);
    queue.add(document.body);
    await queue.idle();
    expect(log).toEqual(['prepare 3', 'prepare 3', 'prepare 1', 'apply 3', 'apply 3', 'apply 1', 'idle']);
  });

  it('marks a round of up to markInPlaceMax nodes in place, batch by batch, finding nothing first', async () => {
    document.body.append(...Array.from({ length: 7 }, (_, i) => h('p', {}, `${i} välfärd`)));
    const { queue, log } = queueLogging(3, undefined, 7);
    queue.add(document.body);
    await queue.idle();
    expect(log).toEqual([
      'now 0 välfärd|1 välfärd|2 välfärd',
      'now 3 välfärd|4 välfärd|5 välfärd',
      'now 6 välfärd',
      'idle',
    ]);
    // One more node and the round's matches are found first.
    document.body.append(h('p', {}, '7 välfärd'));
    const big = queueLogging(3, undefined, 7);
    big.queue.add(document.body);
    await big.queue.idle();
    expect(big.log.filter((l) => l.startsWith('now'))).toEqual([]);
  });

  it('puts in the marks of up to four prepare slices without waiting for a frame, more after one', async () => {
    // A slice budget of 0 ms: every batch prepared ends its slice.
    document.body.append(...Array.from({ length: 4 }, (_, i) => h('p', {}, `${i} välfärd`)));
    const small = queueLogging(1, 0);
    small.queue.add(document.body);
    await small.queue.idle();
    expect(small.log.filter((l) => !l.startsWith('prepare'))).toEqual([
      'apply 1',
      'apply 1',
      'apply 1',
      'apply 1',
      'idle',
    ]);
    document.body.append(h('p', {}, '4 välfärd'));
    const big = queueLogging(1, 0);
    big.queue.add(document.body);
    await big.queue.idle();
    expect(big.log.slice(5, 7)).toEqual(['frame', 'apply 1']);
  });

  it('lets a root queued before the round starts join it', async () => {
    const first = h('p', {}, 'första välfärd');
    const second = h('p', {}, 'andra välfärd');
    document.body.append(first, second);
    const { queue, log } = queueLogging(8);
    queue.add(first);
    await Promise.resolve();
    queue.add(second);
    await queue.idle();
    expect(log.filter((l) => l.startsWith('now'))).toEqual(['now första välfärd|andra välfärd']);
  });
});

describe('settling', () => {
  it('reports at most once per settleEveryMs, the last change late but not lost', async () => {
    document.body.append(h('p', {}, 'välfärden'));
    const seen: number[] = [];
    const hl = testHighlighter({ settleEveryMs: 300 });
    hl.on('settled', () => seen.push(marksIn(document.body).length));
    await hl.start();
    expect(seen).toEqual([1]);
    document.body.append(h('p', {}, 'facket'));
    await sleep(20);
    await hl.idle();
    document.body.append(h('p', {}, 'asyl'));
    await sleep(20);
    await hl.idle();
    expect(seen).toEqual([1]);
    await sleep(400);
    expect(seen).toEqual([1, 3]);
    hl.stop();
  });
});
