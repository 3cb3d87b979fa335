import { placeCard } from './placement';

/**
 * Puts the card's container next to the mark. The container is absolutely positioned, so it
 * scrolls with the page and never holds the scroll; its containing block depends on the page's
 * CSS (a positioned <body>…), so we measure where top/left 0 lands and offset from there.
 */
export function positionNextTo(container: HTMLElement, anchor: HTMLElement): void {
  const doc = anchor.ownerDocument;
  const viewport = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  Object.assign(container.style, {
    position: 'absolute',
    zIndex: '2147483647',
    top: '0px',
    left: '0px',
    width: `${Math.min(360, viewport.width - 16)}px`,
  });
  const origin = container.getBoundingClientRect();
  const place = placeCard(anchor.getBoundingClientRect(), origin, viewport);
  container.style.top = `${Math.round(place.top - origin.top)}px`;
  container.style.left = `${Math.round(place.left - origin.left)}px`;
  container.dataset.side = place.side;
}
