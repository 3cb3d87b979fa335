/**
 * Which positions speak to a passage: the sentence and block around a highlight (the card), or
 * a whole page (the popup). Pure: packs and text in, ranked positions out.
 *
 * A position speaks to a passage when at least one of its cues is there in full. Its score is
 * the number of distinct patterns of its cues that are there in full, so a cue of two ideas found
 * together ("skattesänkning* + konkurrenskraft*") outweighs one word; ties go to the topic the
 * passage is most about, then to pack order. A topic whose positions have no cue in the passage
 * gets no specific position: the card shows what the unions say on the topic as a whole.
 */
import type { PositionPack } from '../pack/schema';
import { parseCue } from './cue';
import { CueMatcher } from './cue-matcher';

interface IndexedPosition {
  id: string;
  topic: string;
  /** Per cue, the ids of its patterns in the matcher. */
  cues: number[][];
}

export interface CueIndex {
  positions: IndexedPosition[];
  matcher: CueMatcher;
}

export interface PositionFit {
  id: string;
  topic: string;
  score: number;
  /** The passage's words that satisfied the position's cues, in cue order. */
  matched: string[];
}

/**
 * Cues of every position of the packs, Swedish always and English when `english`. A cue that
 * does not parse is skipped here: imports refuse such packs, and the card must still open.
 */
export function indexCues(
  packs: readonly Pick<PositionPack, 'positions'>[],
  { english = false } = {},
): CueIndex {
  const patterns: ReturnType<typeof parseCue> = [];
  const ids = new Map<string, number>();
  const idOf = (pattern: ReturnType<typeof parseCue>[number]) => {
    let id = ids.get(pattern.source);
    if (id === undefined) {
      id = patterns.push(pattern) - 1;
      ids.set(pattern.source, id);
    }
    return id;
  };
  const positions: IndexedPosition[] = [];
  for (const pack of packs) {
    for (const position of pack.positions) {
      const lists = [position.cues?.sv ?? [], ...(english ? [position.cues?.en ?? []] : [])];
      const cues: number[][] = [];
      for (const cue of lists.flat()) {
        try {
          cues.push(parseCue(cue).map(idOf));
        } catch {
          // Refused at import; the bundled pack's cues are checked by its tests.
        }
      }
      positions.push({ id: position.id, topic: position.topic, cues });
    }
  }
  return { positions, matcher: new CueMatcher(patterns) };
}

const indexes = new WeakMap<readonly PositionPack[], Map<boolean, CueIndex>>();

/** indexCues, kept per packs list: the card opens again and again on the same packs. */
export function cueIndexFor(packs: readonly PositionPack[], { english = false } = {}): CueIndex {
  const byLanguage = indexes.get(packs) ?? new Map<boolean, CueIndex>();
  indexes.set(packs, byLanguage);
  let index = byLanguage.get(english);
  if (!index) {
    index = indexCues(packs, { english });
    byLanguage.set(english, index);
  }
  return index;
}

/**
 * Positions of `topics` that speak to the passage, best first. `topics` are the topics found
 * there, most central first (the card passes the highlight's own topic alone).
 */
export function rankPositions(index: CueIndex, passage: string, topics: readonly string[]): PositionFit[] {
  const found = index.matcher.find(passage);
  const rankOf = new Map(topics.map((topic, i) => [topic, i]));
  const fits: (PositionFit & { order: number })[] = [];
  index.positions.forEach((position, order) => {
    if (!rankOf.has(position.topic)) return;
    // Each pattern counts once however many cues repeat it, so a long list of overlapping cues
    // does not outweigh one cue that says exactly what the passage is about.
    const met = new Set<number>();
    for (const cue of position.cues)
      if (cue.every((pattern) => found.has(pattern))) for (const p of cue) met.add(p);
    const matched = [...new Set([...met].map((pattern) => found.get(pattern) as string))];
    if (met.size > 0) fits.push({ id: position.id, topic: position.topic, score: met.size, matched, order });
  });
  fits.sort(
    (a, b) =>
      b.score - a.score ||
      (rankOf.get(a.topic) as number) - (rankOf.get(b.topic) as number) ||
      a.order - b.order,
  );
  return fits.map(({ order: _, ...fit }) => fit);
}
