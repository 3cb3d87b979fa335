/**
 * The guard that keeps false friends out. It sits at every word start of the regex as one
 * negative lookahead, so an exclusion refuses a match that would start where it starts. An
 * exclusion phrase also guards its later words when the earlier ones stand right before them:
 * "minuters utvisning*" keeps the hockey "två minuters utvisning" from reading as deportation.
 */
import { type ParsedPattern, type PatternWord, parsePattern } from './pattern.ts';
import { termSource, termTokens } from './term-tokens.ts';
import { PHRASE_GAP, WORD_START } from './text-classes.ts';
import { trieSource } from './trie.ts';

export function exclusionGuard(patterns: readonly string[]): string {
  const refused = exclusionSource(patterns);
  return refused ? `(?!${refused})` : '';
}

/** What the guard refuses, as one alternation ('' when nothing is excluded). */
export function exclusionSource(patterns: readonly string[]): string {
  if (patterns.length === 0) return '';
  const parsed = patterns.map(parsePattern);
  const here = trieSource(parsed.map(termTokens));
  const after = parsed.flatMap(precededVariants);
  return [here, ...after].join('|');
}

/** For a phrase w1 … wn, match wk … wn where w1 … wk-1 come right before. */
function precededVariants(pattern: ParsedPattern): string[] {
  const variants: string[] = [];
  for (let k = 1; k < pattern.words.length; k++) {
    const before = subPattern(pattern.words.slice(0, k));
    const rest = subPattern(pattern.words.slice(k));
    // Cheap test first: the lookbehind over a whitespace run only runs where the rest matches.
    variants.push(
      `(?=${termSource(termTokens(rest))})(?<=${WORD_START}${termSource(termTokens(before))}${PHRASE_GAP})`,
    );
  }
  return variants;
}

function subPattern(words: readonly PatternWord[]): ParsedPattern {
  const source = words.map((w) => `${w.head ? '*' : ''}${w.text}${w.stem ? '*' : ''}`).join(' ');
  return parsePattern(source);
}
