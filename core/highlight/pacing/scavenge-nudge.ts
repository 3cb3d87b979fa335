/**
 * Chromium keeps every DOM wrapper and string a content script creates (in its isolated world)
 * behind a weak global handle, and each V8 scavenge processes all those created since the last
 * one. Scavenges come by bytes allocated, and wrappers are small: on a very big page, so many
 * handles piled up before one scavenge that it paused a slice well past the long-task line.
 * Allocating short-lived garbage between slices makes scavenges come several times as often,
 * each with a fraction of the handles; dead garbage costs a scavenge nothing to process.
 * SliceClock calls this in a task of its own, so a scavenge the garbage brings on does not
 * lengthen a slice of work. The amount is a balance: allocating is not free either (npm run
 * bench and the 100 000-node e2e measure both sides; the figures are in the commit history).
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
