/**
 * Closing the card the ways readers expect: Escape anywhere, or a press outside the card.
 * A press on the word itself is not "outside": it reopens the same card. The card also goes
 * when its word leaves the page (highlighting switched off, the site swapped its content), unless
 * the reader took the word off the topic from the card itself.
 */
export interface DismissTargets {
  host: HTMLElement;
  anchor: HTMLElement;
  onDismiss(): void;
  /** True once the reader took the word off the topic from the card: its undo must stay in reach. */
  keepWithoutWord(): boolean;
}

export function watchDismiss(
  doc: Document,
  { host, anchor, onDismiss, keepWithoutWord }: DismissTargets,
): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onDismiss();
  };
  const onPointer = (event: Event) => {
    const path = event.composedPath();
    if (!path.includes(host) && !path.includes(anchor)) onDismiss();
  };
  const watcher = new MutationObserver(() => {
    if (!anchor.isConnected && !keepWithoutWord()) onDismiss();
  });
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('pointerdown', onPointer, true);
  watcher.observe(doc.documentElement, { childList: true, subtree: true });
  return () => {
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('pointerdown', onPointer, true);
    watcher.disconnect();
  };
}
