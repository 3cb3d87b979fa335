/** Compiles a parsed pattern into the steps the page-side matcher walks (steps.ts). */
import type { ParsedPattern } from './pattern.ts';
import { GAP, PREFIX, SEP, STEM, type TermSteps } from './steps.ts';
import { startChars } from './text-classes.ts';

/** The steps of a pattern; the last word's ending is kept apart, as term-tokens.ts does. */
export function termSteps(pattern: ParsedPattern): TermSteps {
  const steps: string[] = [];
  pattern.words.forEach((word, i) => {
    if (i > 0) steps.push(GAP);
    if (word.head) steps.push(PREFIX);
    for (const char of word.text) steps.push(startChars(char, pattern.caseSensitive));
    if (word.stem && i < pattern.words.length - 1) steps.push(STEM);
  });
  const last = pattern.words[pattern.words.length - 1];
  return { steps, ending: last?.stem ? 'stem' : 'exact' };
}

export function encodeSteps({ steps, ending }: TermSteps): string {
  return (ending === 'stem' ? 's' : 'e') + steps.join(SEP);
}
