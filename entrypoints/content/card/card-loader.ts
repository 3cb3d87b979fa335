/**
 * Opens the card for an activated mark, having the background inject the card script first if
 * this page has not opened one yet (see card-hand-over.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../../../messaging/messenger';
import { onMarkActivated } from '../mark-activations';
import { cardHandOver, offerCardHandOver } from './card-hand-over';

export function startCardLoader(ctx: ContentScriptContext): void {
  offerCardHandOver({ ctx });
  let loading: Promise<void> | undefined;
  const stopListening = onMarkActivated((activation) => {
    // A mark left behind by a reloaded extension belongs to nobody now.
    if (ctx.isInvalid) return;
    const open = () => cardHandOver()?.open?.(activation);
    if (cardHandOver()?.open) {
      open();
      return;
    }
    loading ??= sendMessage('loadCard').catch((error: unknown) => {
      // Let the next click try again (the background may have been restarting).
      loading = undefined;
      console.error('Fackkoll: the card could not be loaded', error);
    });
    void loading.then(() => {
      if (!ctx.isInvalid) open();
    });
  });
  ctx.onInvalidated(stopListening);
}
