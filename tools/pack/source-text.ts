/**
 * Reading op-ed texts the way the pack cites them: paragraphs, words, figures as written.
 * Pure, so source-check.ts and its tests work on strings.
 */
import type { Figure, Source } from '../../core/pack/schema';

/** Paragraphs are blocks separated by blank lines, counted from 1 (index 0 here). */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** Lower-case words with punctuation dropped, so "LO:s krav" and "lo s krav" compare equal. */
export function normaliseWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The first run of `length` consecutive words shared by `statement` and `source`, if any. */
export function findCopiedRun(statement: string, source: string, length = 8): string | undefined {
  const sourceWords = normaliseWords(source);
  const runs = new Set<string>();
  for (let i = 0; i + length <= sourceWords.length; i++) runs.add(sourceWords.slice(i, i + length).join(' '));
  const words = normaliseWords(statement);
  for (let i = 0; i + length <= words.length; i++) {
    const run = words.slice(i, i + length).join(' ');
    if (runs.has(run)) return run;
  }
  return undefined;
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** How the source may write the figure's number: "70 000", "70000", "40 procent", "40 %". */
export function figureSpellings(
  figure: Pick<Figure, 'value' | 'unit'>,
  language: Source['language'],
): string[] {
  const plain = String(figure.value);
  const grouped = language === 'sv' ? plain.replace(THOUSANDS, ' ') : plain.replace(THOUSANDS, ',');
  const numbers = [...new Set([grouped, plain, language === 'sv' ? grouped.replace('.', ',') : grouped])];
  if (figure.unit === 'persons') return numbers;
  const suffixes = language === 'sv' ? [' procent', ' %', '%'] : [' percent', ' per cent', '%', ' %'];
  return numbers.flatMap((number) => suffixes.map((suffix) => number + suffix));
}

export const QUALIFIER_WORDS: Record<Source['language'], Record<Figure['qualifier'], string[]>> = {
  sv: {
    exact: [],
    about: ['ungefär', 'cirka', 'ca', 'omkring', 'runt', 'kring'],
    'more-than': ['över', 'mer än', 'fler än', 'drygt'],
    'less-than': ['under', 'mindre än', 'färre än', 'knappt'],
  },
  en: {
    exact: [],
    about: ['about', 'around', 'approximately', 'roughly', 'some'],
    'more-than': ['more than', 'over', 'above'],
    'less-than': ['less than', 'fewer than', 'under', 'below'],
  },
};

/** Whether the paragraph states the figure: its number as written, and its qualifier word. */
export function paragraphStatesFigure(
  paragraph: string,
  figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>,
  language: Source['language'],
): boolean {
  // Typeset texts put no-break spaces inside "70 000"; compare on plain spaces.
  const text = paragraph.replace(/[\u00a0\u202f\u2009]/g, ' ');
  const hasNumber = figureSpellings(figure, language).some((spelling) =>
    new RegExp(`(?<![\\d.,])${escapeRegExp(spelling)}(?![\\d]|[.,]\\d)`).test(text),
  );
  const words = QUALIFIER_WORDS[language][figure.qualifier];
  const normalised = ` ${normaliseWords(text).join(' ')} `;
  return hasNumber && (words.length === 0 || words.some((word) => normalised.includes(` ${word} `)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
