/**
 * The bench's summary: medians of the timed runs only, while each method's first run at a size
 * (the page's first pipeline run has its code cold) is reported apart and still counts for long
 * tasks and slices.
 */
import { describe, expect, it } from 'vitest';
import type { Measurement, Method } from '../../../tools/bench/page/benchPage';
import { summarize } from '../../../tools/bench/summarize';

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
});
