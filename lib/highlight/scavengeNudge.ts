/**
 * Chromium keeps every DOM wrapper and string a content script creates (in its isolated world)
 * behind a weak global handle, and each V8 scavenge processes all those created since the last
 * one. Scavenges come by bytes allocated, and wrappers are small: on a page of 100 000 text
 * nodes some 150 000 handles piled up before one, which then paused 37-54 ms inside a slice
 * (`V8.GC_SCAVENGER_SCAVENGE_WEAK_GLOBAL_HANDLES_PROCESS`, 28-36 ms of it, in a trace).
 * Allocating short-lived garbage after each slice makes scavenges come several times as often,
 * each with a fraction of the handles (10-23 ms in the same trace); dead garbage costs a scavenge
 * nothing to process. About 0.9 MB in 16 384 small arrays: 0.2-0.4 ms.
 */
const COUNT = 16_384;

/** The last batch, kept until the next call so no engine can prove it unused and skip it. */
let kept: number[][] = [];

/** Returns how many arrays the previous call left (they are garbage from now on). */
export function nudgeScavenge(): number {
  const junk = new Array<number[]>(COUNT);
  for (let i = 0; i < COUNT; i++) junk[i] = [i];
  const previous = kept.length;
  kept = junk;
  return previous;
}
