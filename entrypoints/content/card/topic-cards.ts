/**
 * The card script's side of the hand-over: given the content script's context, returns what
 * opens the card for an activated mark. The packs are read on the first click.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarkActivation } from '../../../core/highlight';
import type { PositionPack } from '../../../core/pack/schema';
import { disposeQuietly } from '../dispose-quietly';
import { loadPacks, watchPacks } from '../page-setup-source';
import { closeCard, mountTopicCard } from './mount-card';

export function startTopicCards(ctx: ContentScriptContext): (activation: MarkActivation) => void {
  let packs: PositionPack[] | undefined;
  let loaded: Promise<PositionPack[]> | undefined;
  const load = () => {
    loaded ??= loadPacks(false).then((stored) => {
      packs ??= stored;
      return packs;
    });
    return loaded;
  };
  const stopPacks = watchPacks((active) => {
    packs = active;
  });
  ctx.onInvalidated(() => {
    closeCard();
    disposeQuietly(stopPacks)();
  });
  return ({ mark, topic }) => {
    // A mark left behind by a reloaded extension belongs to nobody now.
    if (ctx.isInvalid) return;
    (async () => mountTopicCard(ctx, { anchor: mark, topic, packs: packs ?? (await load()) }))().catch(
      () => {},
    );
  };
}
