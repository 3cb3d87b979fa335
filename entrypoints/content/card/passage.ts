/**
 * The passage a highlight stands in, for choosing the position that speaks to it: the text of
 * the nearest block around the mark (its paragraph, list item, heading or quote, or a div that
 * holds text of its own), which holds its sentence. Script and style text is left out. The text
 * stays in this content script; nothing is sent anywhere.
 */
const BLOCKS = new Set([
  'p',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'blockquote',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'summary',
]);
const ENDS = new Set(['body', 'article', 'main']);
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
/** A block longer than this is most of a page (a site that wraps everything in one <td>). */
const MAX_CHARS = 4_000;

export function passageAround(mark: Element): string {
  return passageWithMark(mark).text;
}

/** The passage, and where the mark's text starts in it. */
export function passageWithMark(mark: Element): { text: string; at: number } {
  let block: Element = mark;
  for (let up = mark.parentElement; up; up = up.parentElement) {
    block = up;
    if (BLOCKS.has(up.localName) || ENDS.has(up.localName) || (up.localName === 'div' && hasOwnText(up)))
      break;
  }
  const doc = mark.ownerDocument;
  const walker = doc.createTreeWalker(block, 0x4 /* SHOW_TEXT */);
  let text = '';
  let markAt = -1;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (NOT_TEXT.has(node.parentElement?.localName ?? '')) continue;
    if (markAt < 0 && mark.contains(node)) markAt = text.length;
    text += (node as Text).data;
  }
  const at = Math.max(0, markAt);
  if (text.length <= MAX_CHARS) return { text, at };
  // Around the clicked mark: its own sentence is what matters most.
  const start = Math.max(0, Math.min(at - MAX_CHARS / 2, text.length - MAX_CHARS));
  return { text: text.slice(start, start + MAX_CHARS), at: at - start };
}

function hasOwnText(el: Element): boolean {
  for (const child of el.childNodes)
    if (child.nodeType === 3 && (child as Text).data.trim() !== '') return true;
  return false;
}
