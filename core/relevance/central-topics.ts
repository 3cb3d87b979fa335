import type { PositionPack } from '../pack/schema';

/**
 * A mention in the headline or the lead weighs as this many in the body: news articles say what
 * they are about first, and a topic the body mentions in passing is not their subject.
 */
export const LEAD_WEIGHT = 3;

/**
 * Topics of a passage, most central first: by matches, those in the lead (`leadCounts`, the
 * article's headline and first lines) weighing LEAD_WEIGHT times; ties go to the pack's own
 * order (the bundled pack lists its broad topics first).
 */
export function centralTopics(
  counts: Readonly<Record<string, number>>,
  packOrder: readonly string[],
  leadCounts: Readonly<Record<string, number>> = {},
): string[] {
  const rank = (topic: string) => {
    const i = packOrder.indexOf(topic);
    return i < 0 ? packOrder.length : i;
  };
  const weight = (topic: string) => (counts[topic] ?? 0) + (LEAD_WEIGHT - 1) * (leadCounts[topic] ?? 0);
  return Object.keys(counts)
    .filter((topic) => (counts[topic] ?? 0) > 0)
    .sort((a, b) => weight(b) - weight(a) || rank(a) - rank(b));
}

/** Every topic id the packs define, in their order (the tie-break of centralTopics). */
export function packTopicOrder(packs: readonly PositionPack[]): string[] {
  return packs.flatMap((pack) => pack.topics.map((t) => t.id));
}

/**
 * The topics a passage's positions may come from: its own, most central first, then the topics
 * the packs relate to them (an article on immigration costs speaks to the asylum position on
 * affording reception even when no asylum term is in it).
 */
export function withRelated(topics: readonly string[], packs: readonly PositionPack[]): string[] {
  const all = [...topics];
  for (const topic of topics)
    for (const pack of packs)
      for (const other of pack.topics.find((t) => t.id === topic)?.related ?? [])
        if (!all.includes(other)) all.push(other);
  return all;
}
