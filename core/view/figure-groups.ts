/**
 * Figures grouped for display: the head counts of one place become a bar chart, shares
 * (percentages) become statements beside it, never bars on the same scale. Pure.
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
  /** The time the figure describes, when the source gives one. */
  when: string | undefined;
  citations: Citation[];
}

/** A head count, with the figures that are part of it drawn inside its bar. */
export interface FigureBar extends FigureView {
  parts: FigureView[];
}

export interface FigureGroup {
  where: string;
  /** Head counts that are no part of another, smallest first so the bars read as a build-up. */
  bars: FigureBar[];
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
    when: figure.when?.[lang],
    citations: citationsFor(pack, [figure.ref]),
  };
}

/**
 * The figures to show: those the pack ties to the position when one leads (none when it ties
 * none: a figure about something else would read as evidence), else the topic's. A part comes
 * with the figure it is part of, so it is drawn as a part and not as a rival bar.
 */
function shownFigures(pack: PositionPack, topicId: string, positionId: string | undefined): Figure[] {
  const own = positionId
    ? pack.figures.filter((figure) => figure.positions?.includes(positionId))
    : figuresForTopic(pack, topicId);
  const wholes = pack.figures.filter((whole) => own.some((figure) => figure.partOf === whole.id));
  return [...own, ...wholes.filter((whole) => !own.includes(whole))];
}

/** One group per place the shown figures are about. */
export function figureGroupsFor(
  pack: PositionPack,
  topicId: string,
  lang: PackLanguage,
  positionId?: string,
): FigureGroup[] {
  const shown = shownFigures(pack, topicId, positionId);
  const places = [...new Set(shown.map((figure) => figure.where.sv))];
  return places.map((place) => {
    const here = shown.filter((figure) => figure.where.sv === place);
    const counts = here.filter((figure) => figure.unit === 'persons');
    const bars = counts
      .filter((figure) => figure.partOf === undefined || !counts.some((whole) => whole.id === figure.partOf))
      .sort((a, b) => a.value - b.value)
      .map((figure) => ({
        ...figureView(pack, figure, lang),
        parts: counts
          .filter((part) => part.partOf === figure.id)
          .sort((a, b) => a.value - b.value)
          .map((part) => figureView(pack, part, lang)),
      }));
    const shares = here.filter((figure) => figure.unit === 'percent').map((f) => figureView(pack, f, lang));
    return {
      where: (here[0] as Figure).where[lang],
      bars,
      shares,
      citations: citationsFor(
        pack,
        here.map((figure) => figure.ref),
      ),
    };
  });
}
