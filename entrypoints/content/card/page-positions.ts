/**
 * What the popup orders a page by: its topics, most central first, and the positions that speak
 * to it, best first. Read from the article's start when the popup asks; only topic and position
 * ids leave the page's isolated world, and only to the popup. Part of the card script, which the
 * content script loads when the popup first asks (card-loader.ts).
 */
import type { HighlightMatcher } from '../../../core/highlight';
import type { PositionPack } from '../../../core/pack/schema';
import { centralTopics, packTopicOrder, withRelated } from '../../../core/relevance/central-topics';
import { cueIndexFor, rankPositions } from '../../../core/relevance/rank';
import { articleStart } from '../article-start';

/**
 * The article's start, which holds its lead and first paragraphs, says what it is about: a long
 * page is read no further, so asking costs the same on any page.
 */
const MAX_CHARS = 10_000;
/** The headline and the lead. */
const LEAD_CHARS = 600;

export interface PageOrder {
  /** Topic ids, most central first. */
  topics: string[];
  /** Position ids, best first. */
  positions: string[];
}

export function pageOrder(
  doc: Document,
  packs: readonly PositionPack[],
  english: boolean,
  counts: readonly { topic: string; count: number }[],
  matcher: HighlightMatcher,
): PageOrder {
  const text = articleStart(doc, MAX_CHARS);
  const all = Object.fromEntries(counts.map((c) => [c.topic, c.count]));
  const topics = centralTopics(all, packTopicOrder(packs), topicCounts(matcher, text.slice(0, LEAD_CHARS)));
  const fits = rankPositions(cueIndexFor(packs, { english }), text, withRelated(topics, packs));
  return { topics, positions: fits.map((fit) => fit.id) };
}

/** Matches per topic in a short text, with the page's own matcher (its cursor left as found). */
function topicCounts(matcher: HighlightMatcher, text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const { cursor } = matcher;
  cursor.lastIndex = 0;
  for (let match = cursor.exec(text); match; match = cursor.exec(text)) {
    const topic = matcher.topicOf(match[0])?.topic;
    if (topic && matcher.accepts?.(text, match.index, match[0]) !== false)
      counts[topic] = (counts[topic] ?? 0) + 1;
  }
  cursor.lastIndex = 0;
  return counts;
}
