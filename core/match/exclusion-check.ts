/**
 * The guard that keeps false friends out (exclusions.ts compiles it): a match is refused where an
 * exclusion matches at its start, whatever topic would match there. An exclusion phrase also
 * guards its later words when the earlier ones stand right before them: "minuters utvisning*"
 * keeps the hockey "två minuters utvisning" from reading as deportation.
 */
import { JOINER, SPACE, WORD } from './char-flags.ts';
import { decodeSteps, STEM, type TermSteps } from './steps.ts';
import {
  GAP_KIND,
  type Kid,
  stepKids,
  type TierData,
  type TrieNode,
  type TrieWalker,
  trieOfData,
} from './term-trie.ts';

export interface ExclusionData {
  /** Exclusions that refuse a match starting where they start, as one trie (null when none). */
  here: TierData | null;
  /** For a phrase w1 … wn: each rest wk … wn as a trie, with the w1 … wk-1 (encoded steps, steps.ts) that must stand right before it. */
  after: [rest: TierData, befores: string[]][];
}

export type Refused = (text: string, at: number) => boolean;

/** The guard, or undefined when nothing is excluded. */
export function exclusionCheck(
  data: ExclusionData,
  walker: TrieWalker,
  flags: Uint8Array,
): Refused | undefined {
  if (data.here === null && data.after.length === 0) return undefined;
  const here = data.here === null ? undefined : trieOfData(data.here);
  const after = data.after.map(([rest, befores]) => ({
    rest: trieOfData(rest),
    befores: befores.map((b) => beforeSteps(decodeSteps(b))),
  }));
  const flag = (text: string, i: number) => flags[text.charCodeAt(i)] ?? 0;
  const space = (text: string, i: number) => (flag(text, i) & SPACE) !== 0;
  /** One of `befores`, then whitespace, right before `at`, the first word starting a word. */
  const preceded = (befores: readonly Kid[][], text: string, at: number) => {
    if (!space(text, at - 1)) return false;
    // Nothing but a gap matches whitespace, so the words before end where the whitespace starts.
    let to = at - 1;
    while (to > 0 && space(text, to - 1)) to--;
    return befores.some((steps) => {
      const from = earliestStart(text, to, steps.filter((s) => s.kind === GAP_KIND).length, space);
      for (let q = from; q < to; q++) {
        if (q > 0 && (flag(text, q - 1) & (WORD | JOINER)) !== 0) continue;
        if (walker.fits(steps, text, q, to)) return true;
      }
      return false;
    });
  };
  const refusedAfter = (text: string, at: number, rest: TrieNode, befores: readonly Kid[][]) =>
    walker.match(rest, text, at) >= 0 && preceded(befores, text, at);
  return (text, at) =>
    (here !== undefined && walker.match(here, text, at) >= 0) ||
    after.some((a) => refusedAfter(text, at, a.rest, a.befores));
}

/** A before's stem runs on to its word's end; an exact word needs no check (whitespace follows). */
function beforeSteps({ steps, ending }: TermSteps): Kid[] {
  return stepKids(ending === 'stem' ? [...steps, STEM] : steps);
}

/** The words before `to` can start no earlier than gaps + 1 stretches of non-space back. */
function earliestStart(
  text: string,
  to: number,
  gaps: number,
  space: (text: string, i: number) => boolean,
): number {
  let i = to;
  for (let chunk = 0; chunk <= gaps; chunk++) {
    if (chunk > 0) while (i > 0 && space(text, i - 1)) i--;
    while (i > 0 && !space(text, i - 1)) i--;
  }
  return i;
}
