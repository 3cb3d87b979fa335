/**
 * A page pays for the trie nodes its text reaches, not for the lexicon's thousands: building
 * every node took tens of milliseconds of each page view.
 */
import { describe, expect, it } from 'vitest';
import { charFlags } from '../../../../core/match/char-flags.ts';
import { compileLexiconData } from '../../../../core/match/index.ts';
import { decodeSteps } from '../../../../core/match/steps.ts';
import { type TrieNode, TrieWalker } from '../../../../core/match/term-trie.ts';
import { tierTrie } from '../../../../core/match/tier-data.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

/** Nodes expanded so far (their kids made). */
function census(at: TrieNode): { made: number } {
  let made = 0;
  const visit = (node: TrieNode) => {
    if (node.kids === undefined) return;
    made++;
    for (const kid of node.kids) visit(kid.node);
    for (const group of node.groups ?? []) visit(group.root);
  };
  visit(at);
  return { made };
}

describe('tries built as walks reach them', () => {
  const data = compileLexiconData(BUNDLED_LEXICON);
  const word = (data.tiers.word?.terms ?? '').split('\n').map(decodeSteps);
  const flags = charFlags(data.word);

  it('makes a few dozen nodes for a sentence, of the thousands the word tier has', () => {
    const tier = tierTrie(word);
    const walker = new TrieWalker(flags);
    const text = 'Om välfärden och vården i kommunerna sa facket att lönerna måste upp.';
    let found = 0;
    for (let i = 0; i < text.length; i++) if (walker.match(tier, text, i) > i) found++;
    expect(found).toBeGreaterThan(2);
    const { made } = census(tier);
    // Only the terms under first letters the text has are decoded (to group them by next step).
    const decoded = tier.lists.decoded.flatMap((steps) => (steps ? [steps] : []));
    expect(decoded.length).toBeGreaterThan(2);
    expect(decoded.length).toBeLessThan(word.length * 0.6);
    const letters = new Set(text);
    expect(decoded.filter((steps) => ![...(steps[0] ?? '')].some((c) => letters.has(c)))).toEqual([]);
    const steps = word.reduce((n, t) => n + t.steps.length, 0);
    expect(made).toBeGreaterThan(5);
    expect(made).toBeLessThan(200);
    // The whole tier: one node per distinct prefix, thousands.
    expect(steps).toBeGreaterThan(3_000);
  });

  it('makes only the stored top before the first walk, and decodes no term', () => {
    const tier = tierTrie(word);
    // The tail of the shared steps and a root per ending, whose kids came stored.
    expect(census(tier).made).toBe(1 + (tier.groups?.length ?? 0));
    expect(tier.groups?.length).toBe(2);
    expect(tier.lists.decoded.filter(Boolean)).toEqual([]);
  });
});
