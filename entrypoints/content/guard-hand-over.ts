/**
 * WXT stops a content script when a "newer copy started" event reaches its document, and the
 * event's name is built from the extension id, which is public: any page could dispatch it and
 * switch highlighting off on itself. A genuine newer copy only comes after the extension was
 * reloaded or updated, and then this copy's runtime is gone (the same test WXT's isInvalid uses).
 * So while our runtime lives, the event is stopped on the window, in the capture phase, before
 * it reaches WXT's listener on the document.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The event name WXT listens to (private in its types; read, not rebuilt, so it cannot drift). */
export const HAND_OVER_EVENT = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

export function guardHandOver(ctx: ContentScriptContext, target: Window = window): void {
  const type = HAND_OVER_EVENT;
  const guard = (event: Event) => {
    if (browser.runtime?.id != null) event.stopImmediatePropagation();
  };
  target.addEventListener(type, guard, { capture: true });
  ctx.onInvalidated(() => target.removeEventListener(type, guard, { capture: true }));
}
