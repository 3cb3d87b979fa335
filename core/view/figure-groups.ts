/**
 * Figures grouped for display: the head counts of one place become a bar chart, shares
 * (percentages) become statements beside it. Pure.
 */
import { figuresForTopic, formatFigureValue } from '../pack/lookup';
import type { Figure, PositionPack } from '../pack/schema';
import { type Citation, citationsFor } from './citation';
import type { PackLanguage } from './language';

export interface FigureView {
  id: string;
  /** "ungefär 230 000", "över 40 %" */
  value: string;
  amount: number;
  counts: string;
  citations: Citation[];
}

export interface FigureGroup {
  where: string;
  /** Head counts, smallest first so the bars read as a build-up. */
  bars: FigureView[];
  shares: FigureView[];
  /** Every paragraph the group's figures come from, one citation per op-ed. */
  citations: Citation[];
}

function figureView(pack: PositionPack, figure: Figure, lang: PackLanguage): FigureView {
  return {
    id: figure.id,
    value: formatFigureValue(figure, lang),
    amount: figure.value,
    counts: figure.counts[lang],
    citations: citationsFor(pack, [figure.ref], lang),
  };
}

/**
 * One group per place the topic has figures for. The bars hold every head count the pack
 * gives for that place, not only the topic's: the op-ed's figures are one picture, and a
 * lone bar would hide the scale it is meant to show.
 */
export function figureGroupsFor(pack: PositionPack, topicId: string, lang: PackLanguage): FigureGroup[] {
  const own = figuresForTopic(pack, topicId);
  const places = [...new Set(own.map((figure) => figure.where.sv))];
  return places.map((place) => {
    const here = pack.figures.filter((figure) => figure.where.sv === place);
    const bars = here
      .filter((figure) => figure.unit === 'persons')
      .sort((a, b) => a.value - b.value)
      .map((figure) => figureView(pack, figure, lang));
    const shares = own
      .filter((figure) => figure.where.sv === place && figure.unit === 'percent')
      .map((figure) => figureView(pack, figure, lang));
    const shown = here.filter((f) => bars.some((b) => b.id === f.id) || shares.some((s) => s.id === f.id));
    return {
      where: (own.find((figure) => figure.where.sv === place) as Figure).where[lang],
      bars,
      shares,
      citations: citationsFor(
        pack,
        shown.map((figure) => figure.ref),
        lang,
      ),
    };
  });
}
