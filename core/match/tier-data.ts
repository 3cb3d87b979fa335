/**
 * Compile side of the tries (term-trie.ts): a tier's terms laid out as the page walks them. What
 * depends on every term of a tier (the steps they all share, the root's kids in order, the gate)
 * is worked out here, once per lexicon, instead of on every page view.
 */
import { pairHash } from './pair-hash.ts';
import type { TermSteps } from './steps.ts';
import { encodeSteps } from './term-steps.ts';
import {
  ATOM,
  GATE_BASE,
  kindOf,
  StepLists,
  stepGroups,
  type TierData,
  type TrieNode,
  trieOfData,
  type WalkEnding,
} from './term-trie.ts';

/** An astral letter in a step: a pair of units, which the gate's pairs of units cannot stand for. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * A tier's terms as stored. Steps all terms share at their start come first, once (the compound
 * heads' lazy prefix is tried once per length, for all heads), then a trie per ending, exact
 * first. `lookahead`: the terms are only tested (exclusions), so a stem needs no ending.
 */
export function tierData(terms: readonly TermSteps[], lookahead = false): TierData {
  const lists = new StepLists(terms.map(encodeSteps));
  const all = terms.map((t) => t.steps);
  let shared = 0;
  for (;;) {
    const first = all[0]?.[shared];
    if (first === undefined || !all.every((steps) => steps.length > shared + 1 && steps[shared] === first))
      break;
    shared++;
  }
  const ids = terms.map((_, i) => i);
  const groups = (['exact', 'stem'] as const)
    .map((ending) => ({ ending, ids: ids.filter((i) => terms[i]?.ending === ending) }))
    .filter((g) => g.ids.length > 0)
    .map((g) => ({
      ending: (lookahead && g.ending === 'stem' ? 'ahead' : g.ending) as WalkEnding,
      kids: rootKids(lists, g.ids, shared),
    }));
  return { terms: lists.encoded.join('\n'), shared, groups, gate: gateOf(all, shared) };
}

/** The trie of some terms, through the stored form: what a page would build from them. */
export function tierTrie(terms: readonly TermSteps[], lookahead = false): TrieNode {
  return trieOfData(tierData(terms, lookahead));
}

/** A root's kids as TierData stores them, in the order the trie tries them. */
function rootKids(lists: StepLists, ids: readonly number[], depth: number): string {
  const kids = [...stepGroups(lists, ids, depth).groups];
  return bucketed(kids)
    .map(([step, members]) => `${step}\t${members.join(',')}`)
    .join('\n');
}

/** A big root's branches go by first letter, in this order, as the regex the tests hold the walk to groups them. */
const BUCKETS = [/[a-d]/, /[e-j]/, /[k-n]/, /[o-r]/, /s/, /[t-z]/];

function bucketed(kids: [string, number[]][]): [string, number[]][] {
  if (kids.length < 12 || kids.some(([step]) => kindOf(step) !== ATOM)) return kids;
  const bucketOf = (step: string) => {
    const base =
      String.fromCodePoint(step.codePointAt(0) ?? 0)
        .normalize('NFD')
        .toLowerCase()[0] ?? '';
    const i = BUCKETS.findIndex((bucket) => bucket.test(base));
    return i < 0 ? BUCKETS.length : i;
  };
  const buckets = new Map<number, [string, number[]][]>();
  for (const kid of kids) {
    const key = bucketOf(kid[0]);
    const list = buckets.get(key);
    if (list) list.push(kid);
    else buckets.set(key, [kid]);
  }
  return [...buckets.values()].flat();
}

/** The gate's hashes, unless some term could start with one letter alone, a gap, a stem or an astral letter. */
function gateOf(lists: readonly (readonly string[])[], depth: number): string | null {
  const hashes = new Set<number>();
  const atom = (step: string | undefined) =>
    step === undefined || kindOf(step) !== ATOM || SURROGATE.test(step) ? undefined : step;
  for (const steps of lists) {
    const first = atom(steps[depth]);
    const second = atom(steps[depth + 1]);
    if (first === undefined || second === undefined) return null;
    for (let a = 0; a < first.length; a++)
      for (let b = 0; b < second.length; b++) hashes.add(pairHash(first.charCodeAt(a), second.charCodeAt(b)));
  }
  return String.fromCharCode(...[...hashes].sort((a, b) => a - b).map((h) => GATE_BASE + h));
}
