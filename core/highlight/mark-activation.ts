/**
 * "A mark was activated" (click, or Enter/Space while focused), for the in-page card. One
 * capturing listener per document: shadow-root marks are found through the composed path.
 */
import { isOurMark, topicOfMark } from './split-registry';
import type { FocusStep } from './tab-stops';
import type { MarkActivation } from './types';

const STEPS: Record<string, FocusStep> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
};

/** The link a mark sits in, if any: a click on the mark opens the card, not the link. */
function linkAround(mark: HTMLElement): HTMLAnchorElement | null {
  return mark.closest('a[href]');
}

export function listenForActivation(
  doc: Document,
  onActivate: (activation: MarkActivation) => void,
  /** Whether the highlighter made this mark: a page can copy our class and attributes. */
  isOwn: (mark: Node) => boolean,
  /** Arrow keys, Home and End on a focused mark: to another mark of its topic (tab-stops.ts). */
  onStep: (mark: HTMLElement, topic: string, step: FocusStep) => void = () => {},
  /**
   * Focus is about to move by the keyboard, or arrived from outside (the address bar): the tab
   * stops must be current first. Tab's keydown comes before the browser picks the next element.
   */
  onFocusNeed: () => void = () => {},
): () => void {
  const markOf = (event: Event): HTMLElement | undefined => {
    // Only the user's own click or key: a page script calling mark.click() must not open the card.
    if (!event.isTrusted) return undefined;
    return (
      event
        .composedPath()
        // nodeType, not instanceof: marks in iframes come from another realm.
        .find(
          (node): node is HTMLElement =>
            (node as Node).nodeType === 1 && isOurMark(node as Node) && isOwn(node as Node),
        )
    );
  };
  const onClick = (event: MouseEvent) => {
    const mark = markOf(event);
    if (!mark) return;
    if (linkAround(mark)) {
      // A modified or middle click means the link (a new tab, a download): leave it to the page.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      // As Enter does: the card opens, and offers the link (card "open link").
      event.preventDefault();
    }
    onActivate({ mark, topic: topicOfMark(mark), event });
  };
  const onFocusIn = () => onFocusNeed();
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      onFocusNeed();
      return;
    }
    const step = STEPS[event.key];
    if (step && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      const mark = markOf(event);
      if (!mark) return;
      event.preventDefault();
      onStep(mark, topicOfMark(mark), step);
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const mark = markOf(event);
    if (!mark) return;
    // Space would scroll the page; Enter inside a link would follow it instead of opening the card.
    event.preventDefault();
    onActivate({ mark, topic: topicOfMark(mark), event });
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('focusin', onFocusIn, true);
  return () => {
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
  };
}
