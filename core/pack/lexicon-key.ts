/**
 * The packs' lexicon as one string: equal for equal lexicons, so matcher caching (in the content
 * script and the stored matcher) and change detection compare it. Serialised once per packs
 * list: a settings change hands the same list again, and comparing lexicons by content on every
 * change meant serialising all of them three times.
 */
import type { PositionPack } from './schema';

const lexiconKeys = new WeakMap<readonly PositionPack[], string>();

export function lexiconKeyOf(packs: readonly PositionPack[]): string {
  let key = lexiconKeys.get(packs);
  if (key === undefined) {
    key = JSON.stringify(packs.flatMap((p) => p.lexicon));
    lexiconKeys.set(packs, key);
  }
  return key;
}
