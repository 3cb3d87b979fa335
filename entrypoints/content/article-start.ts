/**
 * The first `max` characters of the article (else main, else body), node by node: textContent
 * would first copy the whole page. Script and style text is left out.
 */
export function articleStart(doc: Document, max: number): string {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < max; node = walker.nextNode()) {
    if (NOT_TEXT.has(node.parentElement?.localName ?? '')) continue;
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
  }
  return parts.join('').slice(0, max);
}

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
