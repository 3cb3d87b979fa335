/**
 * Topics of a passage, most central first: the one matched most often leads, ties go to the
 * pack's own order (the bundled pack lists its broad topics first).
 */
export function centralTopics(
  counts: Readonly<Record<string, number>>,
  packOrder: readonly string[],
): string[] {
  const rank = (topic: string) => {
    const i = packOrder.indexOf(topic);
    return i < 0 ? packOrder.length : i;
  };
  return Object.keys(counts)
    .filter((topic) => (counts[topic] ?? 0) > 0)
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || rank(a) - rank(b));
}

/**
 * The topics a passage's positions may come from: its own, most central first, then the topics
 * the packs relate to them (an article on immigration costs speaks to the asylum position on
 * affording reception even when no asylum term is in it).
 */
export function withRelated(
  topics: readonly string[],
  related: (topic: string) => readonly string[],
): string[] {
  const all = [...topics];
  for (const topic of topics) for (const other of related(topic)) if (!all.includes(other)) all.push(other);
  return all;
}
