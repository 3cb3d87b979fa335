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

/**
 * "70,000.5": digits grouped by three, at most two decimals, as en-US writes them. Written out
 * rather than built on Intl.NumberFormat, whose first use in a content script loads the locale
 * data, a large part of the content script's start on every page, before any card is open. Like ICU, it rounds the shortest decimal that reads back as the double ("1.005" gives
 * 1.01, where toFixed's exact value gives 1.00), half away from zero; tests/unit/core/pack/lookup.test.ts
 * holds it equal to Intl. Values are 0 to 1e12 (FigureSchema), so cents are exact integers.
 */
function formatUS(value: number): string {
  const shortest = String(value);
  // Exponent form below 1e-6 only: far below the half cent.
  if (shortest.includes('e')) return '0';
  const [whole = '0', fraction = ''] = shortest.split('.');
  const roundUp = (fraction[2] ?? '0') >= '5' ? 1 : 0;
  const cents = String(Number(whole + fraction.slice(0, 2).padEnd(2, '0')) + roundUp).padStart(3, '0');
  const grouped = cents.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, ',');
  const decimals = cents.slice(-2).replace(/0+$/, '');
  return decimals ? `${grouped}.${decimals}` : grouped;
}

// Swedish is derived from the en-US form rather than the runtime's sv-SE data, which differs
// between ICU versions (U+00A0 vs U+2212, etc.).
function formatNumber(value: number, lang: PackLanguage): string {
  const us = formatUS(value);
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
