const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Tab and Shift+Tab cycle through the card's controls. The card sits at the end of <body>, so
 * tabbing out of it would leave the article; Escape is the way back to the word.
 */
export function keepTabInside(event: KeyboardEvent, card: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const controls = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === card)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
