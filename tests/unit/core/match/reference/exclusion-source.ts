/**
 * The exclusion guard as the regex the matcher compiled until core/match/exclusion-check.ts
 * replaced it; kept as its specification (reference-regex.ts).
 *
 * The guard that keeps false friends out. It sits at every word start of the regex as one
 * negative lookahead, so an exclusion refuses a match that would start where it starts. An
 * exclusion phrase also guards its later words when the earlier ones stand right before them:
 * "minuters utvisning*" keeps the hockey "två minuters utvisning" from reading as deportation.
 */
import { type ParsedPattern, type PatternWord, parsePattern } from '../../../../../core/match/pattern.ts';
import { endingSource, type TermTokens, termTokens } from '../../../../../core/match/term-tokens.ts';
import { PHRASE_GAP, WORD_START } from '../../../../../core/match/text-classes.ts';
import { trieSource } from './trie-source.ts';

export function exclusionGuard(patterns: readonly string[]): string {
  const refused = exclusionSource(patterns);
  return refused ? `(?!${refused})` : '';
}

/**
 * What the guard refuses, as one alternation ('' when nothing is excluded). It is only ever
 * tested, never consumed (a lookahead here, a sticky test in the matcher), which lets stems go
 * without their ending. The word classes are the regex's costliest atoms to compile, on every
 * page: the source carries as few copies as the meaning allows.
 */
export function exclusionSource(patterns: readonly string[]): string {
  if (patterns.length === 0) return '';
  const parsed = patterns.map(parsePattern);
  const here = trieSource(parsed.map(termTokens), true);
  const after = precededSource(parsed);
  return after ? `${here}|${after}` : here;
}

/**
 * For a phrase w1 … wn, match wk … wn where w1 … wk-1 come right before. One lookbehind holds
 * every (before, rest) pair, so the word-start check is written once; each rest is checked by a
 * lookahead at the end of its branch, which a lookbehind evaluates first, so the scan of the
 * whitespace and the words before runs only where a rest follows. The trie of the rests in front
 * rejects most word starts after one character.
 */
function precededSource(patterns: readonly ParsedPattern[]): string {
  const befores = new Map<string, string[]>();
  const rests: TermTokens[] = [];
  for (const pattern of patterns) {
    for (let k = 1; k < pattern.words.length; k++) {
      const before = termTokens(subPattern(pattern.words.slice(0, k)));
      const restTokens = termTokens(subPattern(pattern.words.slice(k)));
      const rest = trieSource([restTokens], true);
      rests.push({ ...restTokens, ending: 'stem' });
      // A gap follows, and whitespace never joins a word: an exact ending needs no check here.
      const source = before.body.join('') + (before.ending === 'stem' ? endingSource('stem') : '');
      befores.set(rest, [...(befores.get(rest) ?? []), source]);
    }
  }
  if (befores.size === 0) return '';
  const branches = [...befores].map(
    ([rest, sources]) => `(?:${[...new Set(sources)].join('|')})${PHRASE_GAP}(?=${rest})`,
  );
  return `(?=${trieSource(rests, true)})(?<=${WORD_START}(?:${branches.join('|')}))`;
}

function subPattern(words: readonly PatternWord[]): ParsedPattern {
  const source = words.map((w) => `${w.head ? '*' : ''}${w.text}${w.stem ? '*' : ''}`).join(' ');
  return parsePattern(source);
}
