/** Read-side helpers the popup and the in-page card share. Pure: no browser API. */
import type { Figure, Position, PositionPack, Source, Topic } from './schema';

export type PackLanguage = Source['language'];

export function topicById(pack: PositionPack, id: string): Topic | undefined {
  return pack.topics.find((topic) => topic.id === id);
}

export function sourceById(pack: PositionPack, id: string): Source | undefined {
  return pack.sources.find((source) => source.id === id);
}

/** In pack order, which is the order the pack author chose to tell the story in. */
export function positionsForTopic(pack: PositionPack, topicId: string): Position[] {
  return pack.positions.filter((position) => position.topic === topicId);
}

export function figuresForTopic(pack: PositionPack, topicId: string): Figure[] {
  return pack.figures.filter((figure) => figure.topics.includes(topicId));
}

/** No-break space: keeps "70 000" and "40 %" on one line and renders in every font, unlike U+202F. */
const NBSP = '\u00a0';

const QUALIFIERS: Record<PackLanguage, Record<Figure['qualifier'], string>> = {
  sv: { exact: '', about: 'ungefär', 'more-than': 'över', 'less-than': 'under' },
  en: { exact: '', about: 'about', 'more-than': 'more than', 'less-than': 'less than' },
};

// en-US output is fixed ("70,000.5"), so Swedish is derived from it instead of trusting the
// runtime's sv-SE data, which differs between ICU versions (U+00A0 vs U+2212, etc.).
const US_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function formatNumber(value: number, lang: PackLanguage): string {
  const us = US_NUMBER.format(value);
  if (lang === 'en') return us;
  return us.replace(/[,.]/g, (mark) => (mark === ',' ? NBSP : ','));
}

/** "ungefär 230 000", "över 40 %" / "about 230,000", "more than 40%": the value only, not what it counts. */
export function formatFigureValue(
  figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>,
  lang: PackLanguage,
): string {
  const number = formatNumber(figure.value, lang);
  const amount = figure.unit === 'percent' ? `${number}${lang === 'sv' ? NBSP : ''}%` : number;
  const qualifier = QUALIFIERS[lang][figure.qualifier];
  return qualifier ? `${qualifier} ${amount}` : amount;
}
