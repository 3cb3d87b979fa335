/**
 * Chromium keeps every DOM wrapper and string a content script creates (in its isolated world)
 * behind a weak global handle, and each V8 scavenge processes all those created since the last
 * one. Scavenges come by bytes allocated, and wrappers are small: on a page of 100 000 text
 * nodes some 150 000 handles piled up before one, which then paused 37-54 ms inside a slice
 * (`V8.GC_SCAVENGER_SCAVENGE_WEAK_GLOBAL_HANDLES_PROCESS`, 28-36 ms of it, in a trace).
 * Allocating short-lived garbage between slices makes scavenges come several times as often,
 * each with a fraction of the handles (10-23 ms in the same trace); dead garbage costs a scavenge
 * nothing to process. About 0.9 MB in 16 384 small arrays: 0.2-0.4 ms. ScanQueue calls it in a
 * task of its own, so a scavenge the garbage brings on does not lengthen a slice of work.
 * Four times as much (3.6 MB) made those tasks 40-78 ms: allocating is not free either.
 */
const COUNT = 16_384;

/**
 * One array of the last batch, kept so no engine can prove the batch unused and skip it. Only
 * one: a whole batch kept alive until the next call would be copied by the scavenge it causes.
 */
let kept: number[] = [];

/** Returns the last array the previous call made. */
export function nudgeScavenge(): number[] {
  const junk = new Array<number[]>(COUNT);
  for (let i = 0; i < COUNT; i++) junk[i] = [i];
  const previous = kept;
  kept = junk[COUNT - 1] ?? [];
  return previous;
}
