/**
 * "A mark was activated" (click, or Enter/Space while focused), for the in-page card. One
 * capturing listener per document: shadow-root marks are found through the composed path.
 */
import { isOurMark, topicOfMark } from './split-registry';
import type { MarkActivation } from './types';

export function listenForActivation(
  doc: Document,
  onActivate: (activation: MarkActivation) => void,
  /** Whether the highlighter made this mark: a page can copy our class and attributes. */
  isOwn: (mark: Node) => boolean,
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
    if (mark) onActivate({ mark, topic: topicOfMark(mark), event });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const mark = markOf(event);
    if (!mark) return;
    // Space would scroll the page; Enter inside a link would follow it instead of opening the card.
    event.preventDefault();
    onActivate({ mark, topic: topicOfMark(mark), event });
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
  };
}
