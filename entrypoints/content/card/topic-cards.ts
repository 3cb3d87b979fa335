/**
 * Connects the highlighter's "mark activated" signal to the card, so the content script only
 * has to call startTopicCards(ctx) once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PositionPack } from '../../../core/pack/schema';
import { getActivePacks, watchActivePacks } from '../../../storage/active-packs';
import { disposeQuietly } from '../dispose-quietly';
import { onMarkActivated } from '../mark-activations';
import { closeCard, mountTopicCard } from './mount-card';

export function startTopicCards(ctx: ContentScriptContext): void {
  let packs: PositionPack[] | undefined;
  const loaded = getActivePacks().then((active) => {
    packs ??= active;
    return packs;
  });
  const stopPacks = watchActivePacks((active) => {
    packs = active;
  });
  const stopListening = onMarkActivated(({ mark, topic }) => {
    // A mark left behind by a reloaded extension belongs to nobody now.
    if (ctx.isInvalid) return;
    (async () => mountTopicCard(ctx, { anchor: mark, topic, packs: packs ?? (await loaded) }))().catch(
      () => {},
    );
  });
  ctx.onInvalidated(() => {
    closeCard();
    stopListening();
    disposeQuietly(stopPacks)();
  });
}
