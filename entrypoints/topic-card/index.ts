import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardHandOver } from '../content/card/card-hand-over';
import { pageOrder } from '../content/card/page-positions';
import { startTopicCards } from '../content/card/topic-cards';
import { loadPacks } from '../content/page-setup-source';

/**
 * The in-page card and the page's ranking for the popup, injected by the background into a frame
 * whose content script asked for them (entrypoints/content/card/card-loader.ts); it takes over
 * from that script's hand-over.
 */
export default defineUnlistedScript(() => {
  const handOver = cardHandOver();
  // Injected twice (two quick clicks), or into a frame without the content script: nothing to do.
  if (!handOver || handOver.script || handOver.ctx.isInvalid) return;
  handOver.script = { open: startTopicCards(handOver.ctx), packs: loadPacks, pageOrder };
});
