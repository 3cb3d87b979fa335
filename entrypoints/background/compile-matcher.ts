/**
 * Keeps the stored matcher (storage/compiled-matcher.ts) in step with the packs and the English
 * setting, so pages never pay for compiling the lexicon. Runs off any page's main thread.
 */
import { compileLexiconData } from '../../core/match';
import { lexiconKeyOf } from '../../core/pack/lexicon-key';
import type { PositionPack } from '../../core/pack/schema';
import { getActivePacks, watchActivePacks } from '../../storage/active-packs';
import { compiledMatcherItem, matcherKey } from '../../storage/compiled-matcher';
import { settingsItem } from '../../storage/settings';

export async function compileMatcherIfStale(packs: readonly PositionPack[], english: boolean): Promise<void> {
  const key = matcherKey(lexiconKeyOf(packs), english);
  const stored = await compiledMatcherItem.getValue();
  if (stored?.key === key) return;
  try {
    const data = compileLexiconData(
      packs.flatMap((p) => p.lexicon),
      { english },
    );
    await compiledMatcherItem.setValue({ key, data });
  } catch (error) {
    // Pages compile for themselves meanwhile; an imported pack was checked at import already.
    await compiledMatcherItem.removeValue();
    console.error('Fackkoll: could not compile the lexicon', error);
  }
}

export function keepMatcherCompiled(): void {
  let packs: PositionPack[] | undefined;
  let english: boolean | undefined;
  // One compile at a time, the last state wins.
  let queue = Promise.resolve();
  const update = () => {
    queue = queue.then(async () => {
      packs ??= await getActivePacks();
      english ??= (await settingsItem.getValue()).english;
      await compileMatcherIfStale(packs, english);
    });
  };
  watchActivePacks((next) => {
    packs = next;
    update();
  });
  settingsItem.watch((next) => {
    if (next.english === english) return;
    english = next.english;
    update();
  });
  update();
}
