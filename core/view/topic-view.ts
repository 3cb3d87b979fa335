/**
 * Everything the popup and the card show for one topic, gathered from all active packs.
 * Pure: report, packs and settings in, plain data out.
 */
import { positionsForTopic, sourceById, topicById } from '../pack/lookup';
import type { Position, PositionPack, Topic } from '../pack/schema';
import type { PositionFit } from '../relevance/rank';
import type { Settings } from '../settings/schema';
import { type Citation, citationsFor } from './citation';
import { type FigureGroup, figureGroupsFor } from './figure-groups';
import type { PackLanguage } from './language';

export interface PositionView {
  id: string;
  statement: string;
  /** The specific issue, when the pack says it ("permanenta uppehållstillstånd"). */
  about: string | undefined;
  /** The op-ed's own words, when the pack may quote them; the statement is otherwise a summary. */
  quote: { text: string; lang: PackLanguage } | undefined;
  citations: Citation[];
  /** The pack it comes from, named in a copied citation. */
  pack: { name: string; version: string | undefined };
  /** The day its publisher meant to review it by (YYYY-MM-DD); past it, the UI says it may be out of date. */
  reviewBy: string | undefined;
}

/** Why the lead position was chosen for a passage: what it is about, and the words that said so. */
export interface FitView {
  about: string | undefined;
  matched: string[];
}

export interface TopicView {
  id: string;
  name: string;
  description: string;
  color: string;
  /** Matches on the page; null where the view is not about a page (the card, a detail link). */
  count: number | null;
  /** Best fit first when the view is for a passage; otherwise in pack order. */
  positions: PositionView[];
  /**
   * For a passage (the card): why the first position leads, or null when no position speaks to
   * it specifically and the view is the topic's overview. Undefined when not about a passage.
   */
  fit?: FitView | null;
  /** What the unions say on the topic as a whole, in one line (the overview). */
  stance: string | undefined;
  figures: FigureGroup[];
  /** True when every op-ed behind the positions says it gives no figures, so the UI can say so. */
  sourcesHaveNoFigures: boolean;
}

/** A quote is in the language of the op-ed it quotes (its first primary reference). */
function quoteOf(pack: PositionPack, position: Position): PositionView['quote'] {
  if (position.quote === undefined) return undefined;
  const primary = position.refs.find((ref) => ref.role !== 'context') ?? position.refs[0];
  const source = primary && sourceById(pack, primary.source);
  return { text: position.quote, lang: source?.language ?? 'sv' };
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
  /**
   * The positions that speak to what is read, best first (rankPositions). `passage`: a highlight's
   * paragraph (the card), which may reduce the view to the topic's overview and narrows the
   * figures to the leading position's; otherwise a page (the popup), which only orders.
   */
  ranking?: { fits: readonly PositionFit[]; passage: boolean },
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
        about: position.about?.[lang],
        quote: quoteOf(pack, position),
        citations: citationsFor(pack, position.refs),
        pack: { name: pack.name[lang], version: pack.version },
        reviewBy: position.reviewBy,
      });
      for (const ref of position.refs) sourcesUsed.push(sourceById(pack, ref.source)?.hasFigures ?? true);
    }
  }
  const own = ranking?.fits.filter((fit) => fit.topic === id) ?? [];
  const passage = ranking?.passage === true;
  const rank = (positionId: string) => {
    const i = own.findIndex((fit) => fit.id === positionId);
    return i < 0 ? own.length : i;
  };
  positions.sort((a, b) => rank(a.id) - rank(b.id));
  const lead = own[0];
  const figures = packs.flatMap((pack) => figureGroupsFor(pack, id, lang, passage ? lead?.id : undefined));
  return {
    id,
    name: topic.name[lang],
    description: topic.description[lang],
    color: settings.topics[id]?.color ?? topic.color,
    count,
    positions,
    ...(passage && { fit: lead ? { about: positions[0]?.about, matched: lead.matched } : null }),
    stance: topic.stance?.[lang],
    figures,
    sourcesHaveNoFigures: figures.length === 0 && sourcesUsed.length > 0 && sourcesUsed.every((has) => !has),
  };
}

/**
 * The page's topics, most central first (`central`, else most frequent first as the report
 * orders them); within a topic, the positions that speak to the page lead. `fitting`: the
 * page's fitting position ids, best first. Unknown ids are dropped.
 */
export function topicViewsForReport(
  report: { topics: readonly { topic: string; count: number }[] },
  packs: readonly PositionPack[],
  settings: Pick<Settings, 'topics'>,
  lang: PackLanguage,
  fitting: readonly string[] = [],
  central: readonly string[] = [],
): TopicView[] {
  const topicOf = new Map(packs.flatMap((pack) => pack.positions.map((p) => [p.id, p.topic] as const)));
  const fits = fitting.flatMap((id) => {
    const topic = topicOf.get(id);
    return topic ? [{ id, topic, score: 0, matched: [] }] : [];
  });
  const rank = (topic: string) => {
    const i = central.indexOf(topic);
    return i < 0 ? central.length : i;
  };
  const topics = [...report.topics].sort((a, b) => rank(a.topic) - rank(b.topic));
  return topics.flatMap(({ topic, count }) => {
    return topicView(packs, topic, settings, lang, count, { fits, passage: false }) ?? [];
  });
}
