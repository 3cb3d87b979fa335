/**
 * The passage a highlight stands in, for choosing the position that speaks to it: the text of
 * the nearest block around the mark (its paragraph, list item, heading or quote), which holds
 * its sentence. The text stays in this content script; nothing is sent anywhere.
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
/** A block longer than this is most of a page (a site that wraps everything in one <td>). */
const MAX_CHARS = 4_000;

export function passageAround(mark: Element): string {
  let block: Element = mark;
  for (let up = mark.parentElement; up; up = up.parentElement) {
    block = up;
    if (BLOCKS.has(up.localName)) break;
    if (up.localName === 'body' || up.localName === 'article' || up.localName === 'main') break;
  }
  const text = block.textContent ?? '';
  if (text.length <= MAX_CHARS) return text;
  // Around the mark: its own sentence is what matters most.
  const at = text.indexOf(mark.textContent ?? '');
  const start = Math.max(0, Math.min(at - MAX_CHARS / 2, text.length - MAX_CHARS));
  return text.slice(start, start + MAX_CHARS);
}
