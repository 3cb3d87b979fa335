/**
 * Compiles the exclusions of the enabled topics into the guard's data (exclusion-check.ts).
 * Exclusion is global: a trie cannot tell mark.js "matched, but not for this topic".
 */
import type { ExclusionData } from './exclusion-check.ts';
import { type PatternWord, parsePattern } from './pattern.ts';
import { decodeSteps } from './steps.ts';
import { encodeSteps, termSteps } from './term-steps.ts';
import { tierData } from './tier-data.ts';

export function exclusionData(patterns: readonly string[]): ExclusionData {
  const parsed = patterns.map(parsePattern);
  const befores = new Map<string, Set<string>>();
  for (const pattern of parsed) {
    for (let k = 1; k < pattern.words.length; k++) {
      const rest = encoded(pattern.words.slice(k));
      const set = befores.get(rest) ?? new Set<string>();
      set.add(encoded(pattern.words.slice(0, k)));
      befores.set(rest, set);
    }
  }
  return {
    here: parsed.length > 0 ? tierData(parsed.map(termSteps), true) : null,
    after: [...befores].map(([rest, set]) => [tierData([decodeSteps(rest)], true), [...set]]),
  };
}

/** Some words of a phrase as a pattern of their own, with the case rule that pattern would get. */
function encoded(words: readonly PatternWord[]): string {
  const source = words.map((w) => `${w.head ? '*' : ''}${w.text}${w.stem ? '*' : ''}`).join(' ');
  return encodeSteps(termSteps(parsePattern(source)));
}
