/** Turns the raw measurements into medians, ratios and the targets. */
import type { Measurement, Method } from './page/benchPage';

export const TARGETS = {
  /** Pipeline at least this many times faster than naive mark.js on the 15 000-node page (issue 18). */
  speedupOverNaive: 100,
  /** Pipeline at most this multiple of floor + wrapping + layout. */
  maxOverFloorWrap: 1.3,
  appendBusyMs: 16,
  unmarkMs: 100,
  /** Ranking the positions for a whole page (the popup's order), main-thread time. */
  rankPageMs: 2,
  /** Main-thread time every page view pays before its first scan slice (issue 18). */
  fixedMs: 20,
  /** A task this long is a long task to the browser. */
  longTaskMs: 50,
} as const;

const round = (x: number) => Math.round(x * 100) / 100;

/** The value a share `p` of the sorted values lies below, between neighbours where it falls between them. */
export function quantile(xs: readonly number[], p: number): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const at = p * (s.length - 1);
  const low = Math.floor(at);
  const high = Math.min(low + 1, s.length - 1);
  return (s[low] as number) + ((s[high] as number) - (s[low] as number)) * (at - low);
}

/** The middle value, or the mean of the two middle ones. */
export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/**
 * `first`: each method's first run at this size, kept out of the medians. The page's first
 * pipeline run (the first size's) runs its code cold, as every page view does.
 */
export function summarize(
  size: number,
  runs: Record<Method, Measurement[]>,
  first: Partial<Record<Method, Measurement>> = {},
) {
  const ms = (m: Method) => round(median(runs[m].map((r) => r.ms)));
  const pick = (key: keyof Measurement) =>
    round(median(runs.pipeline.map((r) => Number(r[key] ?? Number.NaN))));
  const pipeline = ms('pipeline');
  const everyPipelineRun = first.pipeline ? [first.pipeline, ...runs.pipeline] : runs.pipeline;
  const firstMs = (m: Method) => (first[m] ? round((first[m] as Measurement).ms) : Number.NaN);
  const summary = {
    size,
    textNodes: runs.pipeline[0]?.textNodes ?? 0,
    marks: {
      naive: runs.naive[0]?.marks ?? 0,
      pipeline: runs.pipeline[0]?.marks ?? 0,
      floor: runs.floor[0]?.marks ?? 0,
    },
    medianMs: { naive: ms('naive'), pipeline, floor: ms('floor'), floorWrapLayout: ms('floorWrap') },
    firstRunMs: {
      pipeline: firstMs('pipeline'),
      floor: firstMs('floor'),
      floorWrapLayout: firstMs('floorWrap'),
    },
    pipeline: {
      busyMs: pick('busyMs'),
      /** The forced layout after the last slice; the rest of the wall time is frames rendered between slices. */
      finalLayoutMs: pick('layoutMs'),
      // Every run counts here, the first one too: no run may hold a long task.
      longestSliceMs: round(Math.max(...everyPipelineRun.map((r) => r.longestSliceMs ?? 0))),
      longTasks: Math.max(...everyPipelineRun.map((r) => r.longTasks)),
      appendBusyMs: pick('appendBusyMs'),
      appendWallMs: pick('appendMs'),
      unmarkMs: pick('unmarkMs'),
      rankPageMs: pick('rankPageMs'),
    },
    ratios: {
      naiveOverPipeline: round(ms('naive') / pipeline),
      pipelineOverFloorWrapLayout: round(pipeline / ms('floorWrap')),
      pipelineOverFloor: round(pipeline / ms('floor')),
      /**
       * Each repetition's pipeline over the floor+wrap+layout run next to it, as first quartile,
       * median and third quartile: how far single repetitions stray from the ratio of medians,
       * which is what the target is held to.
       */
      pairedQuartiles: [0.25, 0.5, 0.75].map((p) => round(quantile(paired(runs), p))),
    },
    runs: Object.fromEntries(Object.entries(runs).map(([m, rs]) => [m, rs.map((r) => round(r.ms))])),
  };
  return summary;
}

/** Pipeline over floor+wrap+layout, repetition by repetition (each ran both, one after the other). */
function paired(runs: Record<Method, Measurement[]>): number[] {
  return runs.pipeline.map((r, i) => r.ms / (runs.floorWrap[i]?.ms ?? Number.NaN));
}

export type SizeSummary = ReturnType<typeof summarize>;

export function checkTargets(sizes: SizeSummary[], fixed: { fixedMs: number; longestFixedTaskMs: number }) {
  const mid = sizes.find((s) => s.size === 15_000);
  return {
    fixedUnder20ms: fixed.fixedMs <= TARGETS.fixedMs,
    speedupOverNaive15k: mid ? mid.ratios.naiveOverPipeline >= TARGETS.speedupOverNaive : null,
    withinFloorWrapLayout15k: mid ? mid.ratios.pipelineOverFloorWrapLayout <= TARGETS.maxOverFloorWrap : null,
    withinFloorWrapLayoutEverySize: sizes.every(
      (s) => s.ratios.pipelineOverFloorWrapLayout <= TARGETS.maxOverFloorWrap,
    ),
    noLongTasks:
      sizes.every((s) => s.pipeline.longTasks === 0 && s.pipeline.longestSliceMs < TARGETS.longTaskMs) &&
      fixed.longestFixedTaskMs < TARGETS.longTaskMs,
    append20Within16ms: sizes.every((s) => s.pipeline.appendBusyMs <= TARGETS.appendBusyMs),
    unmark15kUnder100ms: mid ? mid.pipeline.unmarkMs < TARGETS.unmarkMs : null,
    rankPage15kUnder2ms: mid ? mid.pipeline.rankPageMs < TARGETS.rankPageMs : null,
  };
}
