import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardHandOver } from '../content/card/card-hand-over';
import { startTopicCards } from '../content/card/topic-cards';

/**
 * The in-page card, injected by the background into a frame whose content script asked for it
 * (entrypoints/content/card/card-loader.ts); it takes over from that script's hand-over.
 */
export default defineUnlistedScript(() => {
  const handOver = cardHandOver();
  // Injected twice (two quick clicks), or into a frame without the content script: nothing to do.
  if (!handOver || handOver.open || handOver.ctx.isInvalid) return;
  handOver.open = startTopicCards(handOver.ctx);
});
