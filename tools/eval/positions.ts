/**
 * positions-dev.jsonl: paragraphs labelled with the positions a careful union communicator would
 * show their reader, best first ([] when none fits). Measures the position the product shows
 * first against the first build's choice (the first position of the most-matched topic).
 */
import type { Matcher } from '../../core/match/index.ts';
import type { PositionPack } from '../../core/pack/schema.ts';
import { centralTopics, packTopicOrder, withRelated } from '../../core/relevance/central-topics.ts';
import { indexCues, rankPositions } from '../../core/relevance/rank.ts';
import type { TextRecord } from './jsonl.ts';

export interface PositionScores {
  /** Of paragraphs with a fitting position: share whose first shown position is one of them. */
  recallAt1: number;
  /** Of paragraphs with a fitting position where a specific one is shown: share where it fits. */
  precisionAt1: number;
  /** Of paragraphs where no position fits: share where one is shown anyway. */
  noFitShown: number;
}

export interface PositionsResult {
  paragraphs: number;
  withFit: number;
  /** The popup's order: over every topic found and the topics related to them (the targets). */
  product: PositionScores;
  /** The card on the paragraph's most central topic alone, for comparison. */
  card: PositionScores;
  firstBuild: PositionScores;
  misses: { id: string; gold: string[]; shown: string | undefined }[];
}

type Choose = (text: string, counts: Record<string, number>) => string | undefined;

export function goldPositions(record: TextRecord): string[] {
  return Array.isArray(record.raw.positions) ? record.raw.positions.map(String) : [];
}

function score(records: TextRecord[], matcher: Matcher, choose: Choose) {
  let withFit = 0;
  let hits = 0;
  let shown = 0;
  let noFit = 0;
  let noFitShown = 0;
  const misses: PositionsResult['misses'] = [];
  for (const record of records) {
    const gold = goldPositions(record);
    const pick = choose(record.text, matcher.count(record.text));
    if (gold.length > 0) withFit++;
    else noFit++;
    // Precision is over the paragraphs a position fits: the no-fit ones have their own share.
    if (pick !== undefined && gold.length > 0) shown++;
    if (pick !== undefined && gold.includes(pick)) hits++;
    else if (pick !== undefined && gold.length === 0) noFitShown++;
    if ((pick === undefined) !== (gold.length === 0) || (pick !== undefined && !gold.includes(pick)))
      misses.push({ id: record.id, gold, shown: pick });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  return {
    withFit,
    scores: {
      recallAt1: ratio(hits, withFit),
      precisionAt1: ratio(hits, shown),
      noFitShown: ratio(noFitShown, noFit),
    },
    misses,
  };
}

/** The ids of the positions that speak to a text with these topic counts, best first. */
export function rankedPositionIds(pack: PositionPack, { english = false } = {}) {
  const index = indexCues([pack], { english });
  const order = packTopicOrder([pack]);
  return (text: string, counts: Record<string, number>): string[] =>
    rankPositions(index, text, withRelated(centralTopics(counts, order), [pack])).map((fit) => fit.id);
}

export function evaluatePositions(
  records: TextRecord[],
  matcher: Matcher,
  pack: PositionPack,
): PositionsResult {
  const ranked = rankedPositionIds(pack);
  const order = packTopicOrder([pack]);
  const product = score(records, matcher, (text, counts) => ranked(text, counts)[0]);
  const index = indexCues([pack]);
  const card = score(records, matcher, (text, counts) => {
    const top = centralTopics(counts, order)[0];
    return top ? rankPositions(index, text, [top])[0]?.id : undefined;
  });
  const firstBuild = score(records, matcher, (_, counts) => {
    const top = centralTopics(counts, order)[0];
    return pack.positions.find((p) => p.topic === top)?.id;
  });
  return {
    paragraphs: records.length,
    withFit: product.withFit,
    product: product.scores,
    card: card.scores,
    firstBuild: firstBuild.scores,
    misses: product.misses,
  };
}
