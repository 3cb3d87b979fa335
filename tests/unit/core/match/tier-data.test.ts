/**
 * What a tier stores about its top (tier-data.ts): the gate rules places out only where no term
 * can start, and is absent where a term could start with something a pair of units cannot show.
 */
import { describe, expect, it } from 'vitest';
import { charFlags } from '../../../../core/match/char-flags.ts';
import { parsePattern } from '../../../../core/match/pattern.ts';
import { termSteps } from '../../../../core/match/term-steps.ts';
import { GATE_BASE, TrieWalker } from '../../../../core/match/term-trie.ts';
import { tierData, tierTrie } from '../../../../core/match/tier-data.ts';
import { wordPairs } from '../../../../core/match/word-pairs.ts';
import { WORD_RANGES } from '../../../../core/match/word-ranges.ts';

const steps = (...patterns: string[]) => patterns.map((p) => termSteps(parsePattern(p)));

describe('stored tiers', () => {
  it('gates on the case variants of each term’s first two letters, nothing else', () => {
    const gate = tierData(steps('lön*', 'välfärd')).gate ?? '';
    // l/L × ö/Ö and v/V × ä/Ä: at most 8 hashes, as one character each.
    expect(gate.length).toBeGreaterThan(0);
    expect(gate.length).toBeLessThanOrEqual(8);
    for (const c of gate) expect(c.charCodeAt(0)).toBeGreaterThanOrEqual(GATE_BASE);
  });

  it('has no gate when a term can start with one letter alone or with a compound prefix', () => {
    expect(tierData(steps('lön*', 'a')).gate).toBeNull();
    expect(tierData(steps('*försäkring', '*avtal')).gate).not.toBeNull();
    // Every head starts with the prefix step: it is shared, and the gate looks past it.
    expect(tierData(steps('*försäkring', '*avtal')).shared).toBe(1);
    expect(tierData(steps('lön*', '*avtal')).gate).toBeNull();
  });

  it('walks from the stored form as the terms say, gate or no gate', () => {
    const walker = new TrieWalker(charFlags(wordPairs(WORD_RANGES)));
    const gated = tierTrie(steps('lön*', 'välfärd'));
    const open = tierTrie(steps('lön*', 'välfärd', 'a'));
    for (const tier of [gated, open]) {
      expect(walker.match(tier, 'Lönerna steg', 0)).toBe(7);
      expect(walker.match(tier, 'VÄLFÄRD', 0)).toBe(7);
      expect(walker.match(tier, 'välfärden', 0)).toBe(-1);
      expect(walker.match(tier, 'Lo', 0)).toBe(-1);
    }
    expect(walker.match(open, 'a b', 0)).toBe(1);
  });
});
