/**
 * "The user activated a mark" (click, Enter or Space), for the in-page card: the card subscribes
 * here from the same content script instead of listening to the page itself.
 */
import type { MarkActivation } from '../../core/highlight';

type Listener = (activation: MarkActivation) => void;
const listeners = new Set<Listener>();

/** Returns the unsubscribe function; register it with the content-script context. */
export function onMarkActivated(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyMarkActivated(activation: MarkActivation): void {
  for (const listener of listeners) listener(activation);
}
