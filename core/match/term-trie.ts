/**
 * Tries of term steps (steps.ts) and the walk that matches them at a word start. The walk is a
 * depth-first search that tries a node's children in the order the terms came in and a term's
 * own end last, the order in which a regex alternation of the same trie tries its branches: it
 * finds the same match a regex would (tests/unit/core/match/reference-regex.ts is the regex the
 * tests hold it to), with nothing to compile.
 */
import { INVISIBLE, JOINER, SPACE, WORD } from './char-flags.ts';
import { PAIR_TABLE_SIZE, pairHash } from './pair-hash.ts';
import { type Ending, GAP, MAX_COMPOUND_PREFIX, PREFIX, STEM, type TermSteps } from './steps.ts';

const ATOM = 0;
const KIND_GAP = 1;
export const GAP_KIND = KIND_GAP;
const KIND_STEM = 2;
const KIND_PREFIX = 3;

/** How a term ends where its last step matched: at a word end, running on to the word's end, or (an exclusion, only looked at) anywhere. */
export type WalkEnding = Ending | 'ahead';

export interface Kid {
  kind: number;
  /** The code points an atom accepts. */
  codes: number[];
  node: TrieNode;
}

/**
 * A node is expanded (its kids made) the first time a walk reaches it: a page visits a few
 * hundred of a lexicon's thousands of nodes, and building them all took tens of milliseconds of
 * every page view.
 */
export interface TrieNode {
  /** The step lists of the tier's terms, shared by all its nodes. */
  lists: readonly (readonly string[])[];
  /** The terms through this node, in the order the trie takes them, and how many steps they have matched here. */
  terms: readonly number[];
  depth: number;
  /** Whether this is a group's root, whose kids are ordered as trie.ts ordered them. */
  root: boolean;
  kids: Kid[] | undefined;
  /** A term ends here (known once expanded). */
  end: boolean;
  /** Kids by the UTF-16 unit they start with, in order (big nodes without gaps, stems or prefixes). */
  byChar: Map<number, Kid[]> | undefined;
  /** The tail of a tier's shared first steps: a trie per ending, tried in turn. */
  groups: { ending: WalkEnding; root: TrieNode }[] | undefined;
  /**
   * At a tail: the pairs of first characters some term in its groups starts with (hashed, see
   * pairHash), so most places are ruled out by one lookup; absent when a term may start otherwise.
   */
  gate: Uint8Array | undefined;
}

/** An astral letter in a step: a pair of units, which the gate's pairs of units cannot stand for. */
const SURROGATE = /[\uD800-\uDFFF]/;
const NO_KIDS: Kid[] = [];

function lazyNode(lists: TrieNode['lists'], terms: readonly number[], depth: number, root = false): TrieNode {
  return {
    lists,
    terms,
    depth,
    root,
    kids: undefined,
    end: false,
    byChar: undefined,
    groups: undefined,
    gate: undefined,
  };
}

function kindOf(step: string): number {
  return step === GAP ? KIND_GAP : step === STEM ? KIND_STEM : step === PREFIX ? KIND_PREFIX : ATOM;
}

function kidOf(step: string, child: TrieNode): Kid {
  const kind = kindOf(step);
  const codes = kind === ATOM ? [...step].map((c) => c.codePointAt(0) as number) : [];
  return { kind, codes, node: child };
}

/** A term's steps as kids of a chain, for TrieWalker.fits. */
export function stepKids(steps: readonly string[]): Kid[] {
  return steps.map((step) => kidOf(step, lazyNode([], [], 0)));
}

/**
 * The trie of a tier's terms. Steps all terms share at their start come first, once (as trie.ts
 * hoists them: the compound heads' lazy prefix is tried once per length, for all heads), then a
 * trie per ending, exact first. `lookahead`: the terms are only tested (exclusions), so a stem
 * needs no ending.
 */
export function tierTrie(terms: readonly TermSteps[], lookahead = false): TrieNode {
  const lists = terms.map((t) => t.steps);
  let shared = 0;
  for (;;) {
    const first = lists[0]?.[shared];
    if (first === undefined || !lists.every((steps) => steps.length > shared + 1 && steps[shared] === first))
      break;
    shared++;
  }
  const ids = terms.map((_, i) => i);
  const groups = (['exact', 'stem'] as const)
    .map((ending) => ({ ending, ids: ids.filter((i) => terms[i]?.ending === ending) }))
    .filter((g) => g.ids.length > 0)
    .map((g) => ({
      ending: (lookahead && g.ending === 'stem' ? 'ahead' : g.ending) as WalkEnding,
      root: lazyNode(lists, g.ids, shared, true),
    }));
  // The shared steps as a chain of nodes, its tail holding the groups.
  const tail = lazyNode(lists, [], shared);
  tail.kids = NO_KIDS;
  tail.groups = groups;
  tail.gate = gateOf(
    lists,
    groups.flatMap((g) => g.root.terms),
    shared,
  );
  let start = tail;
  for (let k = shared - 1; k >= 0; k--) {
    const link = lazyNode(lists, [], k);
    link.kids = [kidOf(lists[0]?.[k] ?? '', start)];
    start = link;
  }
  return start;
}

/** The tail's gate, unless some term could start with one letter alone, a gap, a stem or an astral letter. */
function gateOf(lists: TrieNode['lists'], terms: readonly number[], depth: number): Uint8Array | undefined {
  const gate = new Uint8Array(PAIR_TABLE_SIZE);
  const codes = (step: string | undefined) =>
    step === undefined || kindOf(step) !== ATOM || SURROGATE.test(step) ? undefined : step;
  for (const id of terms) {
    const first = codes(lists[id]?.[depth]);
    const second = codes(lists[id]?.[depth + 1]);
    if (first === undefined || second === undefined) return undefined;
    for (let a = 0; a < first.length; a++)
      for (let b = 0; b < second.length; b++) gate[pairHash(first.charCodeAt(a), second.charCodeAt(b))] = 1;
  }
  return gate;
}

/** Makes a node's kids from its terms' next steps, in the order the terms first take each. */
function expand(at: TrieNode): Kid[] {
  const byStep = new Map<string, number[]>();
  for (const id of at.terms) {
    const step = at.lists[id]?.[at.depth];
    if (step === undefined) {
      at.end = true;
      continue;
    }
    const ids = byStep.get(step);
    if (ids) ids.push(id);
    else byStep.set(step, [id]);
  }
  let kids = [...byStep].map(([step, ids]) => kidOf(step, lazyNode(at.lists, ids, at.depth + 1)));
  if (at.root) kids = bucketed(kids);
  at.kids = kids;
  if (kids.length >= 4 && kids.every((k) => k.kind === ATOM)) at.byChar = byFirstUnit(kids);
  return kids;
}

/** trie.ts groups a big root's branches by first letter; the order is kept so both try alike. */
const BUCKETS = [/[a-d]/, /[e-j]/, /[k-n]/, /[o-r]/, /s/, /[t-z]/];

function bucketed(kids: Kid[]): Kid[] {
  if (kids.length < 12 || kids.some((k) => k.kind !== ATOM)) return kids;
  const bucketOf = (kid: Kid) => {
    const base =
      String.fromCodePoint(kid.codes[0] ?? 0)
        .normalize('NFD')
        .toLowerCase()[0] ?? '';
    const i = BUCKETS.findIndex((bucket) => bucket.test(base));
    return i < 0 ? BUCKETS.length : i;
  };
  const buckets = new Map<number, Kid[]>();
  for (const kid of kids) {
    const key = bucketOf(kid);
    const list = buckets.get(key);
    if (list) list.push(kid);
    else buckets.set(key, [kid]);
  }
  return [...buckets.values()].flat();
}

function byFirstUnit(kids: readonly Kid[]): Map<number, Kid[]> {
  const map = new Map<number, Kid[]>();
  for (const kid of kids) {
    for (const unit of new Set(kid.codes.map((c) => String.fromCodePoint(c).charCodeAt(0)))) {
      const list = map.get(unit);
      if (list) list.push(kid);
      else map.set(unit, [kid]);
    }
  }
  return map;
}

/** Matches tries and step lists against text, with the character table of char-flags.ts. */
export class TrieWalker {
  private text = '';

  constructor(private readonly flags: Uint8Array) {}

  /** Where the first match of the tier at `at` ends, -1 if none. */
  match(tier: TrieNode, text: string, at: number): number {
    this.text = text;
    return this.walk(tier, at, 'exact');
  }

  private walk(at: TrieNode, i: number, ending: WalkEnding): number {
    const text = this.text;
    if (at.gate !== undefined && at.gate[pairHash(text.charCodeAt(i), text.charCodeAt(i + 1))] === 0)
      return -1;
    const all = at.kids ?? expand(at);
    const kids = at.byChar ? (at.byChar.get(text.charCodeAt(i)) ?? NO_KIDS) : all;
    for (const kid of kids) {
      const { kind, node: child } = kid;
      if (kind === ATOM) {
        const j = this.atom(kid.codes, i);
        if (j < 0) continue;
        const end = this.walk(child, j, ending);
        if (end >= 0) return end;
      } else if (kind === KIND_PREFIX) {
        const limit = Math.min(text.length, i + MAX_COMPOUND_PREFIX);
        for (let j = i + 1; j <= limit && this.inWord(j - 1); j++) {
          const end = this.walk(child, j, ending);
          if (end >= 0) return end;
        }
      } else {
        // A gap or a stem inside a phrase is greedy, and what follows it (a letter after a gap, a
        // gap after a stem) can never be what it ran over: giving characters back never helps.
        const j = kind === KIND_GAP ? this.spaceRun(i) : this.wordRun(i);
        if (kind === KIND_GAP && j === i) continue;
        const end = this.walk(child, j, ending);
        if (end >= 0) return end;
      }
    }
    if (at.groups) {
      for (const group of at.groups) {
        const end = this.walk(group.root, i, group.ending);
        if (end >= 0) return end;
      }
    }
    return at.end ? this.ending(ending, i) : -1;
  }

  private ending(ending: WalkEnding, i: number): number {
    if (ending === 'stem') return this.wordRun(i);
    if (ending === 'ahead') return i;
    return this.joinsWord(i) ? -1 : i;
  }

  /** Whether the steps (stepKids) match exactly `text.slice(from, to)`, every way of matching tried. */
  fits(steps: readonly Kid[], text: string, from: number, to: number): boolean {
    this.text = text;
    return this.fitsFrom(steps, 0, from, to);
  }

  private fitsFrom(kids: readonly Kid[], k: number, i: number, to: number): boolean {
    const kid = kids[k];
    if (!kid) return i === to;
    if (kid.kind === ATOM) {
      const j = this.atom(kid.codes, i);
      return j >= 0 && j <= to && this.fitsFrom(kids, k + 1, j, to);
    }
    if (kid.kind === KIND_PREFIX) {
      const limit = Math.min(to, i + MAX_COMPOUND_PREFIX);
      for (let j = i + 1; j <= limit && this.inWord(j - 1); j++)
        if (this.fitsFrom(kids, k + 1, j, to)) return true;
      return false;
    }
    const run = Math.min(to, kid.kind === KIND_GAP ? this.spaceRun(i) : this.wordRun(i));
    const least = kid.kind === KIND_GAP ? i + 1 : i;
    for (let j = run; j >= least; j--) if (this.fitsFrom(kids, k + 1, j, to)) return true;
    return false;
  }

  private atom(codes: readonly number[], i: number): number {
    const text = this.text;
    const unit = text.charCodeAt(i);
    for (const code of codes) {
      if (code === unit) return i + 1;
      if (code > 0xffff && text.codePointAt(i) === code) return i + 2;
    }
    return -1;
  }

  private flag(i: number): number {
    // Past the end the unit is NaN, which no flags have.
    return this.flags[this.text.charCodeAt(i)] ?? 0;
  }

  /** A word character as stems and prefixes read them: letters, marks, digits and invisibles. */
  private inWord(i: number): boolean {
    return (this.flag(i) & (WORD | INVISIBLE)) !== 0;
  }

  /** Whether the character at i keeps a word from ending before it (a letter or a joiner). */
  private joinsWord(i: number): boolean {
    return (this.flag(i) & (WORD | JOINER)) !== 0;
  }

  private wordRun(i: number): number {
    let j = i;
    while (this.inWord(j)) j++;
    return j;
  }

  private spaceRun(i: number): number {
    let j = i;
    while ((this.flag(j) & SPACE) !== 0) j++;
    return j;
  }
}
