/**
 * The positions that speak to the whole page, for the popup's order: read from the article's
 * text when the popup asks, never sent anywhere but to the popup (as position ids).
 */
import type { PositionPack } from '../../core/pack/schema';
import { centralTopics, withRelated } from '../../core/relevance/central-topics';
import { cueIndexFor, rankPositions } from '../../core/relevance/rank';

/**
 * The article's start, which holds its lead and first paragraphs, says what it is about: a long
 * page is read no further, so asking costs the same on any page.
 */
const MAX_CHARS = 10_000;

export function pagePositions(
  doc: Document,
  packs: readonly PositionPack[],
  english: boolean,
  counts: readonly { topic: string; count: number }[],
): string[] {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const text = root ? leadingText(doc, root) : '';
  const order = packs.flatMap((pack) => pack.topics.map((t) => t.id));
  const related = (id: string) =>
    packs.flatMap((pack) => pack.topics.find((t) => t.id === id)?.related ?? []);
  const topics = centralTopics(Object.fromEntries(counts.map((c) => [c.topic, c.count])), order);
  return rankPositions(cueIndexFor(packs, { english }), text, withRelated(topics, related)).map(
    (fit) => fit.id,
  );
}

/** Text before MAX_CHARS, node by node: textContent would first copy the whole page. */
function leadingText(doc: Document, root: Element): string {
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < MAX_CHARS; node = walker.nextNode()) {
    if (NOT_TEXT.has(node.parentElement?.localName ?? '')) continue;
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
  }
  return parts.join('').slice(0, MAX_CHARS);
}

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
