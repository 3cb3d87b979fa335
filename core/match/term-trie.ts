/**
 * Tries of term steps (steps.ts) and the walk that matches them at a word start. The walk is a
 * depth-first search that tries a node's children in the order the terms came in and a term's
 * own end last, the order in which a regex alternation of the same trie tries its branches: it
 * finds the same match a regex would (tests/unit/core/match/reference-regex.ts is the regex the
 * tests hold it to), with nothing to compile.
 */
import { INVISIBLE, JOINER, SPACE, WORD } from './char-flags.ts';
import { PAIR_TABLE_SIZE, pairHash } from './pair-hash.ts';
import { decodeSteps, type Ending, GAP, MAX_COMPOUND_PREFIX, PREFIX, STEM } from './steps.ts';

export const ATOM = 0;
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
  lists: StepLists;
  /** The terms through this node, in the order the trie takes them, and how many steps they have matched here. */
  terms: readonly number[];
  depth: number;
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

const NO_KIDS: Kid[] = [];

/**
 * A tier's terms' steps, each decoded the first time a node needs it: a page reaches a few dozen
 * of a lexicon's hundreds of terms, and splitting every one took milliseconds of each view.
 */
export class StepLists {
  /** The terms decoded so far, by id. */
  readonly decoded: (readonly string[] | undefined)[] = [];

  /** `encoded`: each term's steps as steps.ts encodes them, in the tier's order. */
  constructor(readonly encoded: readonly string[]) {}

  of(id: number): readonly string[] {
    let steps = this.decoded[id];
    if (steps === undefined) {
      steps = decodeSteps(this.encoded[id] ?? 'e').steps;
      this.decoded[id] = steps;
    }
    return steps;
  }
}

/**
 * A tier's trie as stored (tier-data.ts makes it when the lexicon is compiled): everything about
 * its top that depends on all its terms is worked out there, so a page builds a handful of nodes
 * and decodes no term until a walk reaches it.
 */
export interface TierData {
  /** Each term's steps (steps.ts, encoded), one per line, in the order the trie tries them. */
  terms: string;
  /** How many steps every term shares at its start, tried once for all. */
  shared: number;
  /** A trie per ending, tried in turn: its root's kids, one per line, the step, a tab, then the term ids joined by commas. */
  groups: { ending: WalkEnding; kids: string }[];
  /** The pairHash values of the pairs of units some term starts with, each as the character GATE_BASE + hash; null when a term may start otherwise. */
  gate: string | null;
}

/** Gate values are stored as characters from here on: printable, one UTF-16 unit, never a surrogate. */
export const GATE_BASE = 0x100;

function lazyNode(lists: StepLists, terms: readonly number[], depth: number): TrieNode {
  return {
    lists,
    terms,
    depth,
    kids: undefined,
    end: false,
    byChar: undefined,
    groups: undefined,
    gate: undefined,
  };
}

export function kindOf(step: string): number {
  return step === GAP ? KIND_GAP : step === STEM ? KIND_STEM : step === PREFIX ? KIND_PREFIX : ATOM;
}

function kidOf(step: string, child: TrieNode): Kid {
  const kind = kindOf(step);
  const codes = kind === ATOM ? [...step].map((c) => c.codePointAt(0) as number) : [];
  return { kind, codes, node: child };
}

/** A term's steps as kids of a chain, for TrieWalker.fits. */
export function stepKids(steps: readonly string[]): Kid[] {
  const none = new StepLists([]);
  return steps.map((step) => kidOf(step, lazyNode(none, [], 0)));
}

/** The trie of a stored tier: the chain of its shared steps, then its groups' roots. */
export function trieOfData(data: TierData): TrieNode {
  const lists = new StepLists(data.terms.split('\n'));
  const tail = lazyNode(lists, [], data.shared);
  tail.kids = NO_KIDS;
  tail.groups = data.groups.map(({ ending, kids }) => ({ ending, root: rootOf(lists, kids, data.shared) }));
  if (data.gate !== null) {
    const gate = new Uint8Array(PAIR_TABLE_SIZE);
    for (let i = 0; i < data.gate.length; i++) gate[data.gate.charCodeAt(i) - GATE_BASE] = 1;
    tail.gate = gate;
  }
  let start = tail;
  for (let k = data.shared - 1; k >= 0; k--) {
    const link = lazyNode(lists, [], k);
    link.kids = [kidOf(lists.of(0)[k] ?? '', start)];
    start = link;
  }
  return start;
}

function rootOf(lists: StepLists, stored: string, depth: number): TrieNode {
  const root = lazyNode(lists, [], depth);
  root.kids = stored.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    const ids = line
      .slice(tab + 1)
      .split(',')
      .map(Number);
    return kidOf(line.slice(0, tab), lazyNode(lists, ids, depth + 1));
  });
  indexKids(root, root.kids);
  return root;
}

/** The terms through a node grouped by their next step, in the order the terms first take each; `end` when one ends there. */
export function stepGroups(
  lists: StepLists,
  terms: readonly number[],
  depth: number,
): { end: boolean; groups: Map<string, number[]> } {
  const groups = new Map<string, number[]>();
  let end = false;
  for (const id of terms) {
    const step = lists.of(id)[depth];
    if (step === undefined) {
      end = true;
      continue;
    }
    const ids = groups.get(step);
    if (ids) ids.push(id);
    else groups.set(step, [id]);
  }
  return { end, groups };
}

/** Makes a node's kids from its terms' next steps. */
function expand(at: TrieNode): Kid[] {
  const { end, groups } = stepGroups(at.lists, at.terms, at.depth);
  at.end = end;
  const kids = [...groups].map(([step, ids]) => kidOf(step, lazyNode(at.lists, ids, at.depth + 1)));
  at.kids = kids;
  indexKids(at, kids);
  return kids;
}

/** Big nodes of letters only get their kids by first unit, so a walk tries a few, not dozens. */
function indexKids(at: TrieNode, kids: readonly Kid[]): void {
  if (kids.length >= 4 && kids.every((k) => k.kind === ATOM)) at.byChar = byFirstUnit(kids);
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
