/**
 * Everything the popup and the card show for one topic, gathered from all active packs.
 * Pure: report, packs and settings in, plain data out.
 */
import { positionsForTopic, sourceById, topicById } from '../pack/lookup';
import type { PositionPack, Topic } from '../pack/schema';
import type { Settings } from '../settings/schema';
import { type Citation, citationsFor } from './citation';
import { type FigureGroup, figureGroupsFor } from './figure-groups';
import type { PackLanguage } from './language';

export interface PositionView {
  id: string;
  statement: string;
  citations: Citation[];
}

export interface TopicView {
  id: string;
  name: string;
  description: string;
  color: string;
  /** Matches on the page; null where the view is not about a page (the card, a detail link). */
  count: number | null;
  positions: PositionView[];
  figures: FigureGroup[];
  /** True when every op-ed behind the positions says it gives no figures, so the UI can say so. */
  sourcesHaveNoFigures: boolean;
}

/** The first pack that defines the topic names it; positions and figures come from all of them. */
function findTopic(packs: readonly PositionPack[], id: string): Topic | undefined {
  for (const pack of packs) {
    const topic = topicById(pack, id);
    if (topic) return topic;
  }
  return undefined;
}

export function topicView(
  packs: readonly PositionPack[],
  id: string,
  settings: Pick<Settings, 'topics'>,
  lang: PackLanguage,
  count: number | null = null,
): TopicView | undefined {
  const topic = findTopic(packs, id);
  if (!topic) return undefined;
  const positions: PositionView[] = [];
  const sourcesUsed: boolean[] = [];
  for (const pack of packs) {
    for (const position of positionsForTopic(pack, id)) {
      positions.push({
        id: position.id,
        statement: position.statement[lang],
        citations: citationsFor(pack, position.refs, lang),
      });
      for (const ref of position.refs) sourcesUsed.push(sourceById(pack, ref.source)?.hasFigures ?? true);
    }
  }
  const figures = packs.flatMap((pack) => figureGroupsFor(pack, id, lang));
  return {
    id,
    name: topic.name[lang],
    description: topic.description[lang],
    color: settings.topics[id]?.color ?? topic.color,
    count,
    positions,
    figures,
    sourcesHaveNoFigures: figures.length === 0 && sourcesUsed.length > 0 && sourcesUsed.every((has) => !has),
  };
}

/** The page's topics, most frequent first as the report orders them; unknown ids are dropped. */
export function topicViewsForReport(
  report: { topics: readonly { topic: string; count: number }[] },
  packs: readonly PositionPack[],
  settings: Pick<Settings, 'topics'>,
  lang: PackLanguage,
): TopicView[] {
  return report.topics.flatMap(({ topic, count }) => topicView(packs, topic, settings, lang, count) ?? []);
}
