/**
 * A compiled lexicon as plain data, and the Matcher built from it. Compiling (compile.ts: parsing
 * every term, ranking) took over 100 ms of main thread per page view; the data is made once, at
 * install or when the packs change, stored, and turned back into a matcher on a page with no
 * parsing and no big regex: terms are tries of steps (term-trie.ts) walked at each word start.
 * One regex alternation of every term took V8 30–40 ms to compile on its first exec, per page.
 * This module is all a content script needs to match.
 *
 * The big word-character class appears in the sense rules' sources; the stored
 * form keeps a one-character placeholder for it and the class once, so the data stays small and
 * the content script does not bundle the class's table.
 */
import { type CandidateData, mayStartWith, readCandidate } from './candidate-lines.ts';
import { charFlags, classOfPairs } from './char-flags.ts';
import { type ExclusionData, exclusionCheck } from './exclusion-check.ts';
import { MatchFinder, TermCursor } from './match-finder.ts';
import type { MatchCursor, Matcher, TopicMatch } from './matcher.ts';
import type { PrefilterData } from './prefilter.ts';
import { foldPunctuation, prefilterSearch } from './prefilter-search.ts';
import { type CompiledSense, checkSenses, type SenseCheck } from './sense-check.ts';
import { decodeSteps, STEM } from './steps.ts';
import { type Kid, stepKids, type TierData, type TrieNode, TrieWalker, trieOfData } from './term-trie.ts';
import { cleanText } from './tolerant.ts';
import { wordStartOf } from './word-class.ts';

/** Bumped whenever compile.ts changes what it writes: stored data of another format is compiled anew. */
export const MATCHER_DATA_FORMAT = 6;

/**
 * Order of precedence when several terms match the same string. Phrases come first in the regex
 * too, so they win over their first word (arbetsmarknadens parter over arbetsmarknad*). Compound
 * heads beat stems because the last part of a Swedish compound carries its meaning
 * (välfärdsbrottslighet is crime, not welfare); within a tier the more specific stem wins
 * (arbetslöshetsförsäkring* over arbetslös*, see specificity.ts), then lexicon order.
 */
export const TIERS = ['phrase', 'head', 'word'] as const;
export type Tier = (typeof TIERS)[number];

export interface MatcherData {
  format: typeof MATCHER_DATA_FORMAT;
  /** Per tier that has terms: its trie, holding them in lexicon order, the order it tries them. */
  tiers: Partial<Record<Tier, TierData>>;
  /** What the exclusion guard refuses. */
  excluded: ExclusionData;
  /** The block prefilter's words (prefilter.ts); null when it cannot rule any text out. */
  prefilter: PrefilterData | null;
  /** Source of the class of characters that send a text to the slow path (tolerant.ts). */
  tricky: string;
  /** Every term, in order of precedence, one line each (candidate-lines.ts). */
  candidates: string;
  /**
   * The sense rules of all terms, each once (many terms share one), as JSON text: most pages
   * need a few of them, and one string is read back from storage at the cost of a copy.
   */
  senses: string;
  /**
   * The word-character class (BMP ranges) as pairs of UTF-16 units, the first and last of each
   * range (word-pairs.ts); the placeholder stands for its regex text (char-flags.ts classOfPairs).
   */
  word: string;
}

/** Stands for the word class in stored sources; a regex source the compiler writes never has it. */
export const PLACEHOLDER = '\u0000';

export function unpackSource(packed: string, word: string): string {
  return packed.includes(PLACEHOLDER) ? packed.split(PLACEHOLDER).join(word) : packed;
}

interface Candidate {
  tier: Tier;
  key: string;
  plain: CandidateData['plain'];
  /** The steps to match a whole string against, ending included; decoded on first use. */
  whole: Kid[] | undefined;
  encoded: string;
  /** What topicOf reports, made once. */
  hit: { topic: string; term: string };
  /** Built on the first match that needs it; null when the term has no rules. */
  check: SenseCheck | null | undefined;
  senses: number[] | undefined;
}

/** The matcher the data describes: tries built from the stored steps, nothing to compile. */
export function matcherFromData(data: MatcherData): Matcher {
  if (data.format !== MATCHER_DATA_FORMAT) throw new Error(`matcher data of format ${data.format}`);
  const flags = charFlags(data.word);
  const walker = new TrieWalker(flags);
  const tiers = new Map<Tier, TrieNode>();
  for (const tier of TIERS) {
    const stored = data.tiers[tier];
    if (stored) tiers.set(tier, trieOfData(stored));
  }
  const stepsOf = (tier: Tier, ref: number) => tiers.get(tier)?.lists.encoded[ref] ?? 'e';
  const refused = exclusionCheck(data.excluded, walker, flags);
  const finder = new MatchFinder(flags, walker, [...tiers.values()], refused);
  const tricky = new RegExp(data.tricky, 'u');
  // Built on first use: only the scanner's block test needs it.
  let holdsWord: ((text: string) => boolean) | undefined;
  const mayMatch = (text: string) => {
    if (tricky.test(text)) return true;
    holdsWord ??= prefilterSearch(data.prefilter);
    return holdsWord(text);
  };
  const lines = data.candidates === '' ? [] : data.candidates.split('\n');
  return { ...createMatcher(finder, walker, lines, stepsOf, refused, tricky, senseRules(data)), mayMatch };
}

/** The sense rules as sense-check.ts reads them, made on the first match that has rules. */
function senseRules(data: MatcherData): () => { rules: CompiledSense[]; wordStart: string } {
  let made: { rules: CompiledSense[]; wordStart: string } | undefined;
  return () => {
    if (made) return made;
    const word = classOfPairs(data.word);
    made = {
      rules: (JSON.parse(data.senses) as CompiledSense[]).map((rule) => ({
        ...rule,
        words: unpackSource(rule.words, word),
      })),
      wordStart: wordStartOf(word),
    };
    return made;
  };
}

/** Characters literalKey has to fold beyond case; most texts have none and skip the work. */
const NEEDS_FOLDING = /[\u00AD\u200B-\u200D\u2060\u2010\u2011\u2019]|\p{M}/u;

/** Folds what the matcher tolerates (case, NFD, invisibles, hyphen variants) for a cheap pre-check. */
export function literalKey(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  return foldPunctuation(text.normalize('NFC').replace(/[\u00AD\u200B-\u200D\u2060]/g, '')).toLowerCase();
}

/**
 * Letters and digits of Latin-1 (no × or ÷): each lower-cases to one letter that the step of a
 * plain term's letter accepts in either case, and each is a word character, so a plain term
 * matches a whole string exactly when the lower-cased string equals or starts with its key.
 */
const LATIN_WORD = /^[0-9A-Za-zÀ-ÖØ-öø-ÿ]+$/;

/** What the matcher keeps of a term, made when a lookup first reaches it. */
function candidateOfData(c: CandidateData, encoded: string): Candidate {
  return {
    tier: c.tier,
    key: c.key,
    plain: c.plain,
    whole: undefined,
    encoded,
    hit: { topic: c.topic, term: c.term },
    check: c.senses ? undefined : null,
    senses: c.senses,
  };
}

function createMatcher(
  finder: MatchFinder,
  walker: TrieWalker,
  ranked: readonly string[],
  stepsOf: (tier: Tier, ref: number) => string,
  refused: ((text: string, at: number) => boolean) | undefined,
  tricky: RegExp,
  senses: ReturnType<typeof senseRules>,
): Omit<Matcher, 'mayMatch'> {
  const test = (c: Candidate, s: string) => {
    if (c.plain && LATIN_WORD.test(s)) {
      const lower = s.toLowerCase();
      return c.plain === 'exact' ? lower === c.key : lower.startsWith(c.key);
    }
    if (!c.whole) {
      const { steps, ending } = decodeSteps(c.encoded);
      // A whole string ends where the term may: an exact term's word end is the string's end.
      c.whole = stepKids(ending === 'stem' ? [...steps, STEM] : steps);
    }
    return walker.fits(c.whole, s, 0, s.length);
  };
  // Only compound heads can match a string whose first letter differs from theirs; the others
  // are grouped by first letter so a lookup tries dozens of terms, not the whole lexicon.
  const byFirst = new Map<string, Candidate[]>();
  const made: (Candidate | undefined)[] = [];
  const rankedFor = (key: string) => {
    const first = key[0] ?? '';
    let list = byFirst.get(first);
    if (!list) {
      list = [];
      for (const [i, line] of ranked.entries()) {
        if (!mayStartWith(line, first)) continue;
        let c = made[i];
        if (!c) {
          const read = readCandidate(line);
          c = candidateOfData(read, stepsOf(read.tier, read.ref));
          made[i] = c;
        }
        list.push(c);
      }
      byFirst.set(first, list);
    }
    return list;
  };
  const cache = new Map<string, Candidate | undefined>();
  const candidateOf = (matched: string) => {
    if (cache.has(matched)) return cache.get(matched);
    // A string with invisibles or NFD letters is read as the slow path reads its text.
    const clean = tricky.test(matched) ? cleanText(matched).text : matched;
    const key = literalKey(clean);
    const plausible = (c: Candidate) => (c.tier === 'head' ? key.includes(c.key) : key.startsWith(c.key));
    const allowed = !refused?.(clean, 0);
    const hit = allowed ? rankedFor(key).find((c) => plausible(c) && test(c, clean)) : undefined;
    if (cache.size < 20_000) cache.set(matched, hit);
    return hit;
  };
  const topicOf = (matched: string) => candidateOf(matched)?.hit;
  /** A term without sense rules always counts; one with rules where they hold. */
  const inSense = (c: Candidate, text: string, start: number, end: number) => {
    if (c.check === undefined) {
      const { rules, wordStart } = senses();
      c.check =
        checkSenses(
          (c.senses ?? []).flatMap((i) => rules[i] ?? []),
          wordStart,
        ) ?? null;
    }
    return c.check === null || c.check(text, start, end);
  };
  const accepts = (text: string, start: number, matched: string) => {
    const c = candidateOf(matched);
    return !c || inSense(c, text, start, start + matched.length);
  };
  const scan = (
    original: string,
    onMatch: (hit: { topic: string; term: string }, start: number, end: number) => void,
  ) => {
    if (tricky.test(original)) {
      // The slow path: match the cleaned copy, report offsets into the original.
      const clean = cleanText(original);
      scanClean(clean.text, (hit, start, end) =>
        onMatch(hit, clean.starts[start] ?? 0, clean.ends[end - 1] ?? original.length),
      );
    } else scanClean(original, onMatch);
  };
  const scanClean = (
    text: string,
    onMatch: (hit: { topic: string; term: string }, start: number, end: number) => void,
  ) => {
    for (let from = 0; finder.next(text, from); ) {
      const { start, end } = finder;
      from = end;
      const hit = candidateOf(text.slice(start, end));
      if (hit && inSense(hit, text, start, end)) onMatch(hit.hit, start, end);
    }
  };
  const find = (text: string): TopicMatch[] => {
    const matches: TopicMatch[] = [];
    scan(text, (hit, start, end) => matches.push({ ...hit, start, end }));
    return matches;
  };
  const count = (text: string): Record<string, number> => {
    const counts: Record<string, number> = {};
    scan(text, ({ topic }) => {
      counts[topic] = (counts[topic] ?? 0) + 1;
    });
    return counts;
  };
  const slowMatches = (text: string) => (tricky.test(text) ? find(text) : undefined);
  const cursor: MatchCursor = new TermCursor(finder);
  return { cursor, find, topicOf, accepts, count, slowMatches };
}
