/**
 * How the page's content script and the card script meet. The card (Preact, the ranking of
 * positions, the packs) is a script of its own, injected by the background on the first click
 * (entrypoints/topic-card/index.ts): most pages are read without opening a card, and every page
 * paid for parsing it. Both scripts run in the extension's isolated world for the frame, which
 * the page cannot see, so they meet on a property of its global object.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarkActivation } from '../../../core/highlight';

export const CARD_HAND_OVER = '__fackkollCard';

export interface CardHandOver {
  /** The content script's context: the card closes when it is invalidated. */
  ctx: ContentScriptContext;
  /** Set by the card script when it has loaded. */
  open?: (activation: MarkActivation) => void;
}

type WithHandOver = typeof globalThis & { [CARD_HAND_OVER]?: CardHandOver };

export function cardHandOver(): CardHandOver | undefined {
  return (globalThis as WithHandOver)[CARD_HAND_OVER];
}

export function offerCardHandOver(handOver: CardHandOver): void {
  (globalThis as WithHandOver)[CARD_HAND_OVER] = handOver;
}
