/**
 * Numbers in a Swedish paragraph that a pack could carry as figures: a count of people or a
 * percentage, with the qualifier the text puts before it. Only suggestions for `draft`: each is
 * kept only if the source check would find it as written, and a person decides what it counts.
 */
import type { Figure } from '../../core/pack/schema';
import { normaliseWords, paragraphStatesFigure, QUALIFIER_WORDS } from './source-text';

export interface FigureCandidate {
  /** The words as the text has them, qualifier included: "ungefär 12 000 byggnadsarbetare". */
  text: string;
  value: number;
  unit: Figure['unit'];
  qualifier: Figure['qualifier'];
}

/** "12 000" (thousands grouped by spaces), "12000", "3,5"; not inside a word or a longer number. */
const NUMBER = /(?<![\p{L}\d.,])(\d{1,3}(?: \d{3})+|\d+(?:,\d+)?)(?![\d]|[.,]\d)/gu;
const PERCENT = /^ ?(?:procent\b|%)/u;
const NEXT_WORD = /^ (\p{Ll}[\p{L}-]*)/u;

/**
 * Words after a number that say it counts something other than people, or that it is no count
 * at all ("3 av 10" is a ratio the format cannot state without converting it).
 */
const NOT_PEOPLE = new Set(
  (
    'kronor kr miljoner miljarder tusen år åren månad månader vecka veckor dag dagar timme timmar ' +
    'minuter sekunder gånger procentenheter meter kilometer km kvadratmeter kvm ton kilo kg liter grader ' +
    'st stycken av och eller till som per i på för med om att är har var januari februari mars april ' +
    'maj juni juli augusti september oktober november december'
  ).split(' '),
);

export function findFigureCandidates(paragraph: string): FigureCandidate[] {
  const text = paragraph.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ');
  const candidates: FigureCandidate[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const written = match[1] as string;
    const end = (match.index ?? 0) + match[0].length;
    const after = text.slice(end);
    const percent = PERCENT.exec(after);
    const word = NEXT_WORD.exec(after)?.[1];
    // A bare four-digit number from 1900 to 2099 is a year far more often than a head count.
    const year = /^(?:19|20)\d\d$/.test(written);
    const unit = percent ? 'percent' : word && !year && !NOT_PEOPLE.has(word) ? 'persons' : undefined;
    if (!unit) continue;
    const before = text.slice(0, match.index);
    // "3 av 10 byggare": the 10 is half of a ratio, not a head count.
    if (/\d av $/.test(before)) continue;
    const { qualifier, words } = qualifierBefore(before);
    const value = Number(written.replace(/ /g, '').replace(',', '.'));
    const candidate = { value, unit, qualifier } as const;
    if (!paragraphStatesFigure(paragraph, candidate, 'sv')) continue;
    const tail = percent ? (percent[0] as string) : ` ${word}`;
    candidates.push({ text: `${words}${written}${tail}`, ...candidate });
  }
  return candidates;
}

/**
 * The qualifier whose word (or two words: "mer än") ends the text just before the number, and
 * those words as the text writes them.
 */
function qualifierBefore(before: string): { qualifier: Figure['qualifier']; words: string } {
  const written = before.trimEnd().split(' ');
  for (const count of [2, 1]) {
    const last = normaliseWords(written.slice(-count).join(' ')).join(' ');
    for (const [qualifier, list] of Object.entries(QUALIFIER_WORDS.sv) as [Figure['qualifier'], string[]][])
      if (list.includes(last)) return { qualifier, words: `${written.slice(-count).join(' ')} ` };
  }
  return { qualifier: 'exact', words: '' };
}
