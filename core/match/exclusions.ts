/**
 * The guard that keeps false friends out. It sits at every word start of the regex as one
 * negative lookahead, so an exclusion refuses a match that would start where it starts. An
 * exclusion phrase also guards its later words when the earlier ones stand right before them:
 * "minuters utvisning*" keeps the hockey "två minuters utvisning" from reading as deportation.
 */
import { type ParsedPattern, type PatternWord, parsePattern } from './pattern.ts';
import { endingSource, termSource, termTokens } from './term-tokens.ts';
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
  const after = precededVariants(parsed);
  return [here, ...after].join('|');
}

/**
 * For a phrase w1 … wn, match wk … wn where w1 … wk-1 come right before. Variants with the same
 * rest share one lookahead and one lookbehind: every copy of the word classes costs compile time.
 */
function precededVariants(patterns: readonly ParsedPattern[]): string[] {
  const befores = new Map<string, string[]>();
  for (const pattern of patterns) {
    for (let k = 1; k < pattern.words.length; k++) {
      const before = termTokens(subPattern(pattern.words.slice(0, k)));
      const rest = termSource(termTokens(subPattern(pattern.words.slice(k))));
      // A gap follows, and whitespace never joins a word: an exact ending needs no check here.
      const source = before.body.join('') + (before.ending === 'stem' ? endingSource('stem') : '');
      befores.set(rest, [...(befores.get(rest) ?? []), source]);
    }
  }
  // Cheap test first: the lookbehind over a whitespace run only runs where the rest matches.
  return [...befores].map(
    ([rest, sources]) => `(?=${rest})(?<=${WORD_START}(?:${[...new Set(sources)].join('|')})${PHRASE_GAP})`,
  );
}

function subPattern(words: readonly PatternWord[]): ParsedPattern {
  const source = words.map((w) => `${w.head ? '*' : ''}${w.text}${w.stem ? '*' : ''}`).join(' ');
  return parsePattern(source);
}
