/**
 * The bench's summary: medians of the timed runs only, while each method's first run at a size
 * (the page's first pipeline run has its code cold) is reported apart and still counts for long
 * tasks and slices.
 */
import { describe, expect, it } from 'vitest';
import type { Measurement, Method } from '../../../tools/bench/page/benchPage';
import { quantile, summarize } from '../../../tools/bench/summarize';

const run = (ms: number, extra: Partial<Measurement> = {}): Measurement => ({
  textNodes: 1500,
  ms,
  marks: 10,
  longTasks: 0,
  longestSliceMs: 8,
  ...extra,
});

const timed = (): Record<Method, Measurement[]> => ({
  naive: [run(4000)],
  pipeline: [run(20), run(21), run(19), run(22), run(20)],
  floor: [run(9), run(9), run(9), run(9), run(9)],
  floorWrap: [run(16), run(16), run(16), run(16), run(16)],
});

describe('bench summary', () => {
  it('keeps the first run out of the medians and reports it apart', () => {
    const first = { pipeline: run(36), floor: run(11), floorWrap: run(17) };
    const summary = summarize(1500, timed(), first);
    expect(summary.medianMs.pipeline).toBe(20);
    expect(summary.ratios.pipelineOverFloorWrapLayout).toBe(1.25);
    expect(summary.firstRunMs).toEqual({ pipeline: 36, floor: 11, floorWrapLayout: 17 });
  });

  it('counts the long tasks and slices of the first run too', () => {
    const first = { pipeline: run(90, { longTasks: 1, longestSliceMs: 61 }) };
    const summary = summarize(1500, timed(), first);
    expect(summary.pipeline.longTasks).toBe(1);
    expect(summary.pipeline.longestSliceMs).toBe(61);
    expect(summarize(1500, timed()).pipeline.longTasks).toBe(0);
  });

  it('reports the middle half of the ratios repetition by repetition', () => {
    // 20/16, 21/16, 19/16, 22/16, 20/16: 1.1875, 1.25, 1.25, 1.3125, 1.375 sorted.
    expect(summarize(1500, timed()).ratios.pairedQuartiles).toEqual([1.25, 1.25, 1.31]);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([5], 0.75)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
