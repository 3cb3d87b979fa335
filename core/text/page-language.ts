/**
 * Whether a page is in Swedish, so that a page in another language is not highlighted by itself:
 * the lexicon's Swedish words are also English or Norwegian ones ("pension", "integration").
 * The page's own `lang` decides when it has one; otherwise a count of the commonest function
 * words in the first text. Pure.
 */
export type PageLanguage = 'sv' | 'other' | 'unknown';

/** Words nearly every Swedish paragraph has and other languages hardly do (or the reverse). */
const SWEDISH = new Set(
  'och att det som är för på med inte av till den har de ett om var men så jag kan vi från eller också när efter under'.split(
    ' ',
  ),
);
const OTHER = new Set(
  // English, and Norwegian/Danish forms Swedish does not use.
  'the and of to is in that for it with was are this be by have from not but which ikke og hvad hva jeg er af'.split(
    ' ',
  ),
);
/** Fewer function words than this: too little text to tell. */
const MIN_WORDS = 12;

export function pageLanguage(lang: string | null | undefined, text: string): PageLanguage {
  const declared = (lang ?? '').trim().toLowerCase();
  if (declared) return /^(sv|swe)\b/.test(declared) ? 'sv' : 'other';
  let swedish = 0;
  let other = 0;
  for (const word of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    if (SWEDISH.has(word)) swedish++;
    else if (OTHER.has(word)) other++;
  }
  if (swedish + other < MIN_WORDS) return 'unknown';
  return swedish >= other ? 'sv' : 'other';
}
