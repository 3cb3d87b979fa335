/**
 * The exclusion guard is a walk of tries (core/match/exclusion-check.ts). It must refuse exactly
 * where the straightforward regex form refuses: that form is kept here as the reference, and both
 * are tested at every position of texts made from the bundled exclusions' own words, their
 * neighbours and near misses. The regex the matcher compiled until the walk replaced it
 * (reference/exclusion-source.ts) is held to the same reference.
 */
import { describe, expect, it } from 'vitest';
import { charFlags } from '../../../../core/match/char-flags.ts';
import { exclusionCheck } from '../../../../core/match/exclusion-check.ts';
import { exclusionData } from '../../../../core/match/exclusions.ts';
import { type ParsedPattern, type PatternWord, parsePattern } from '../../../../core/match/pattern.ts';
import { endingSource, termSource, termTokens } from '../../../../core/match/term-tokens.ts';
import { TrieWalker } from '../../../../core/match/term-trie.ts';
import { PHRASE_GAP, WORD_START } from '../../../../core/match/text-classes.ts';
import { wordPairs } from '../../../../core/match/word-pairs.ts';
import { WORD_RANGES } from '../../../../core/match/word-ranges.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';
import { lexiconTexts } from './random-texts.ts';
import { exclusionSource } from './reference/exclusion-source.ts';
import { trieSource } from './reference/trie-source.ts';

/** The guard as first written: one lookahead and lookbehind per rest, every ending in full. */
function referenceSource(patterns: readonly string[]): string {
  const parsed = patterns.map(parsePattern);
  const sub = (words: readonly PatternWord[]): ParsedPattern =>
    parsePattern(words.map((w) => `${w.head ? '*' : ''}${w.text}${w.stem ? '*' : ''}`).join(' '));
  const befores = new Map<string, string[]>();
  for (const pattern of parsed) {
    for (let k = 1; k < pattern.words.length; k++) {
      const before = termTokens(sub(pattern.words.slice(0, k)));
      const rest = termSource(termTokens(sub(pattern.words.slice(k))));
      const source = before.body.join('') + (before.ending === 'stem' ? endingSource('stem') : '');
      befores.set(rest, [...(befores.get(rest) ?? []), source]);
    }
  }
  const after = [...befores].map(
    ([rest, sources]) => `(?=${rest})(?<=${WORD_START}(?:${[...new Set(sources)].join('|')})${PHRASE_GAP})`,
  );
  return [trieSource(parsed.map(termTokens)), ...after].join('|');
}

const EXCLUSIONS = BUNDLED_LEXICON.flatMap((entry) => entry.exclude);

describe('exclusion guard', () => {
  it('has exclusions with several words in the bundled lexicon, so both halves are tested', () => {
    expect(EXCLUSIONS.filter((x) => x.includes(' ')).length).toBeGreaterThan(10);
  });

  it('refuses at exactly the positions the reference form refuses, over 3 000 texts', () => {
    const flags = charFlags(wordPairs(WORD_RANGES));
    const walk = exclusionCheck(exclusionData(EXCLUSIONS), new TrieWalker(flags), flags);
    const compiled = new RegExp(`(?:${exclusionSource(EXCLUSIONS)})`, 'uy');
    const reference = new RegExp(`(?:${referenceSource(EXCLUSIONS)})`, 'uy');
    let refusals = 0;
    const differences: string[] = [];
    for (const text of lexiconTexts(EXCLUSIONS, 3_000, 18)) {
      for (let i = 0; i < text.length; i++) {
        compiled.lastIndex = i;
        reference.lastIndex = i;
        const expected = reference.test(text);
        if (walk?.(text, i) !== expected) differences.push(`walk: ${JSON.stringify(text)} at ${i}`);
        if (compiled.test(text) !== expected) differences.push(`regex: ${JSON.stringify(text)} at ${i}`);
        if (expected) refusals++;
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
    // The texts do exercise the guard: thousands of refused positions, not a few.
    expect(refusals).toBeGreaterThan(2_000);
  });

  it('has no guard when nothing is excluded', () => {
    const flags = charFlags(wordPairs(WORD_RANGES));
    expect(exclusionCheck(exclusionData([]), new TrieWalker(flags), flags)).toBeUndefined();
  });
});
