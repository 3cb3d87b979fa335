/**
 * How the page's content script and the card script meet. The card script (Preact, the ranking of
 * positions, the packs) is injected by the background on the first click on a mark or the first
 * time the popup asks for the page's order (entrypoints/topic-card/index.ts): most pages are read
 * without either, and every page paid for parsing it. Both scripts run in the extension's
 * isolated world for the frame, which the page cannot see, so they meet on a property of its
 * global object.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HighlightMatcher, MarkActivation } from '../../../core/highlight';
import type { PositionPack } from '../../../core/pack/schema';
import type { PageOrder } from './page-positions';

export const CARD_HAND_OVER = '__fackkollCard';

/** What the card script sets on the hand-over when it has loaded. */
export interface CardScript {
  /** Opens the card for an activated mark. */
  open(activation: MarkActivation): void;
  /** The active packs, read when first asked for. */
  packs(english: boolean): Promise<PositionPack[]>;
  /** What the popup orders the page by (page-positions.ts). */
  pageOrder(
    doc: Document,
    packs: readonly PositionPack[],
    english: boolean,
    counts: readonly { topic: string; count: number }[],
    matcher: HighlightMatcher,
  ): PageOrder;
}

export interface CardHandOver {
  /** The content script's context: the card closes when it is invalidated. */
  ctx: ContentScriptContext;
  /** Set by the card script when it has loaded. */
  script?: CardScript;
}

type WithHandOver = typeof globalThis & { [CARD_HAND_OVER]?: CardHandOver };

export function cardHandOver(): CardHandOver | undefined {
  return (globalThis as WithHandOver)[CARD_HAND_OVER];
}

export function offerCardHandOver(handOver: CardHandOver): void {
  (globalThis as WithHandOver)[CARD_HAND_OVER] = handOver;
}
