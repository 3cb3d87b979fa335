/**
 * Gets the card script (see card-hand-over.ts), having the background inject it first if this
 * page has not loaded it yet, and opens the card for each activated mark with it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../../../messaging/messenger';
import { onMarkActivated } from '../mark-activations';
import { type CardScript, cardHandOver, offerCardHandOver } from './card-hand-over';

/** Resolves to the card script, or undefined when it could not be loaded (the next call tries again). */
export type LoadCardScript = () => Promise<CardScript | undefined>;

export function startCardLoader(ctx: ContentScriptContext): LoadCardScript {
  offerCardHandOver({ ctx });
  let loading: Promise<void> | undefined;
  const load: LoadCardScript = async () => {
    const loaded = cardHandOver()?.script;
    if (loaded) return loaded;
    loading ??= sendMessage('loadCard').catch((error: unknown) => {
      // Let the next call try again (the background may have been restarting).
      loading = undefined;
      console.error('Fackkoll: the card could not be loaded', error);
    });
    await loading;
    return ctx.isInvalid ? undefined : cardHandOver()?.script;
  };
  const stopListening = onMarkActivated((activation) => {
    // A mark left behind by a reloaded extension belongs to nobody now.
    if (ctx.isInvalid) return;
    const loaded = cardHandOver()?.script;
    // Opened at once when loaded: the click's focus and scroll position are still current.
    if (loaded) loaded.open(activation);
    else void load().then((script) => script?.open(activation));
  });
  ctx.onInvalidated(stopListening);
  return load;
}
