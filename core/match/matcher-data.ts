/**
 * A compiled lexicon as plain data, and the Matcher built from it. Compiling (compile.ts: parsing
 * every term, ranking, building the tries) took over 100 ms of main thread per page view; the data
 * is made once, at install or when the packs change, stored, and turned back into a matcher on a
 * page with no parsing at all. This module is all a content script needs to match.
 *
 * The big word-character class appears many times in the sources; the stored form keeps a
 * one-character placeholder for it and the class once, so the data stays small and the content
 * script does not bundle the class's table.
 */
import type { Matcher, TopicMatch } from './matcher.ts';
import { type CompiledSense, checkSenses, type SenseCheck } from './sense-check.ts';
import { cleanText } from './tolerant.ts';
import { startsWordOf, wordStartOf } from './word-class.ts';

/** Bumped whenever compile.ts changes what it writes: stored data of another format is compiled anew. */
export const MATCHER_DATA_FORMAT = 2;

/**
 * Order of precedence when several terms match the same string. Phrases come first in the regex
 * too, so they win over their first word (arbetsmarknadens parter over arbetsmarknad*). Compound
 * heads beat stems because the last part of a Swedish compound carries its meaning
 * (välfärdsbrottslighet is crime, not welfare); within a tier the more specific stem wins
 * (arbetslöshetsförsäkring* over arbetslös*, see specificity.ts), then lexicon order.
 */
export const TIERS = ['phrase', 'head', 'word'] as const;
export type Tier = (typeof TIERS)[number];

export interface CandidateData {
  topic: string;
  term: string;
  tier: Tier;
  /** Lower-cased literal that a matched string must start with (or, for a head, contain). */
  key: string;
  /** The term as an unanchored regex source (packed, see packSource). */
  source: string;
  /** The term's context rules (senses.ts); absent for the many terms without. */
  senses?: CompiledSense[];
  /**
   * A one-word, lower-case term of Latin-1 letters: `key` is the word (`exact`) or its start
   * (`stem`), and a matched string of Latin-1 letters is tested by comparing, not by a regex.
   */
  plain?: 'exact' | 'stem';
}

export interface MatcherData {
  format: typeof MATCHER_DATA_FORMAT;
  /** One trie per tier that has terms, as regex sources (packed). */
  tiers: Partial<Record<Tier, string>>;
  /** What the exclusion guard refuses ('' when nothing is excluded; packed). */
  excluded: string;
  /** Source of the prefilter (prefilter.ts; packed). */
  prefilter: string;
  /** Source of the class of characters that send a text to the slow path (tolerant.ts). */
  tricky: string;
  /** Every term, in order of precedence. */
  candidates: CandidateData[];
  /** The word-character class (BMP ranges, no brackets) the placeholder stands for. */
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
  source: string;
  plain: CandidateData['plain'];
  /** What topicOf reports, made once. */
  hit: { topic: string; term: string };
  /** Built on the first match that needs it; null when the term has no rules. */
  check: SenseCheck | null | undefined;
  senses: CompiledSense[] | undefined;
}

/** The matcher the data describes; regexes are compiled by the engine only when first used. */
export function matcherFromData(data: MatcherData): Matcher {
  if (data.format !== MATCHER_DATA_FORMAT) throw new Error(`matcher data of format ${data.format}`);
  const unpack = (packed: string) => unpackSource(packed, data.word);
  const tierSources = (tiers: readonly Tier[]) => {
    const sources = tiers.flatMap((tier) => {
      const packed = data.tiers[tier];
      return packed === undefined ? [] : [unpack(packed)];
    });
    // `[]` never matches, so an empty lexicon still gives a regex that is safe to hand to mark.js.
    return sources.length > 0 ? `(?:${sources.join('|')})` : '[]';
  };
  const excluded = unpack(data.excluded);
  const guard = excluded ? `(?!${excluded})` : '';
  // The cheap one-character lookahead first: without it every space and punctuation mark was
  // tried against every alternative, which made whitespace-heavy text slow.
  const wordStart = `${startsWordOf(data.word)}${wordStartOf(data.word)}`;
  const regex = new RegExp(`${wordStart}${guard}${tierSources(TIERS)}`, 'gu');
  const candidates: Candidate[] = data.candidates.map((c) => ({
    tier: c.tier,
    key: c.key,
    source: c.source,
    plain: c.plain,
    hit: { topic: c.topic, term: c.term },
    check: c.senses ? undefined : null,
    senses: c.senses,
  }));
  // Built on first use: the content script only needs `regex` (and find() rarely, on the slow path).
  let scanners: Scanners | undefined;
  const getScanners = (): Scanners => {
    scanners ??= {
      all: new RegExp(`${wordStart}${tierSources(TIERS)}`, 'gu'),
      withoutHeads: new RegExp(`${wordStart}${tierSources(TIERS.filter((t) => t !== 'head'))}`, 'gu'),
      headKeys: [...new Set(candidates.filter((c) => c.tier === 'head').map((c) => c.key))],
    };
    return scanners;
  };
  const tricky = new RegExp(data.tricky, 'u');
  // Compiled on first use: only the scanner's block test needs it.
  let prefilterRegex: RegExp | undefined;
  const mayMatch = (text: string) => {
    if (tricky.test(text)) return true;
    prefilterRegex ??= new RegExp(unpack(data.prefilter), 'u');
    return prefilterRegex.test(text);
  };
  return { ...createMatcher(regex, getScanners, candidates, excluded, tricky, data.word), mayMatch };
}

/**
 * What find() and count() scan with: the regex without the exclusion guard, which is checked
 * only where a term matched (running it at every word start cost a third of the scan), and a
 * variant without compound heads for texts that contain none of their literals (the lazy
 * prefix loop of `*head` terms is tried at every word start otherwise).
 */
interface Scanners {
  all: RegExp;
  withoutHeads: RegExp;
  headKeys: string[];
}

/** Characters literalKey has to fold beyond case; most texts have none and skip the work. */
const NEEDS_FOLDING = /[\u00AD\u200B-\u200D\u2060\u2010\u2011\u2019]|\p{M}/u;

/** Folds what the regex tolerates (case, NFD, invisibles, hyphen variants) for a cheap pre-check. */
export function literalKey(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060]/g, '')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\u2019/g, "'")
    .toLowerCase();
}

/**
 * Letters and digits of Latin-1 (no × or ÷): each lower-cases to one letter that the regex atom
 * of a plain term's letter accepts in either case, and each is a word character, so a plain
 * term's anchored regex holds exactly when the lower-cased string equals or starts with its key.
 */
const LATIN_WORD = /^[0-9A-Za-zÀ-ÖØ-öø-ÿ]+$/;

function createMatcher(
  regex: RegExp,
  getScanners: () => Scanners,
  ranked: Candidate[],
  excluded: string,
  tricky: RegExp,
  word: string,
): Omit<Matcher, 'mayMatch'> {
  const anchored = new Map<Candidate, RegExp>();
  const test = (c: Candidate, s: string) => {
    // Compiling an anchored regex per term the page uses was most of a small page's scan time.
    if (c.plain && LATIN_WORD.test(s)) {
      const lower = s.toLowerCase();
      return c.plain === 'exact' ? lower === c.key : lower.startsWith(c.key);
    }
    let re = anchored.get(c);
    if (!re) {
      re = new RegExp(`^(?:${unpackSource(c.source, word)})$`, 'u');
      anchored.set(c, re);
    }
    return re.test(s);
  };
  const allowed = new RegExp(excluded ? `^(?!${excluded})` : '^', 'u');
  // Only compound heads can match a string whose first letter differs from theirs; the others
  // are grouped by first letter so a lookup tries dozens of terms, not the whole lexicon.
  const byFirst = new Map<string, Candidate[]>();
  const rankedFor = (key: string) => {
    const first = key[0] ?? '';
    let list = byFirst.get(first);
    if (!list) {
      list = ranked.filter((c) => c.tier === 'head' || c.key[0] === first);
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
    const hit = allowed.test(clean) ? rankedFor(key).find((c) => plausible(c) && test(c, clean)) : undefined;
    if (cache.size < 20_000) cache.set(matched, hit);
    return hit;
  };
  const topicOf = (matched: string) => candidateOf(matched)?.hit;
  /** A term without sense rules always counts; one with rules where they hold. */
  const inSense = (c: Candidate, text: string, start: number, end: number) => {
    if (c.check === undefined) {
      c.check =
        checkSenses(
          (c.senses ?? []).map((rule) => ({ ...rule, words: unpackSource(rule.words, word) })),
          wordStartOf(word),
        ) ?? null;
    }
    return c.check === null || c.check(text, start, end);
  };
  const accepts = (text: string, start: number, matched: string) => {
    const c = candidateOf(matched);
    return !c || inSense(c, text, start, start + matched.length);
  };
  // Sticky: tests the guard exactly where a match starts, with the text before it in view, as
  // the guard inside `regex` does. A refused start is skipped, as `regex` skips it.
  const refused = excluded ? new RegExp(`(?:${excluded})`, 'uy') : undefined;
  // Own instances, so scanning never disturbs the lastIndex mark.js relies on. No matchAll: it
  // clones the regex on every call, and recompiling this one costs more than scanning a page.
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
    const scanners = getScanners();
    const key = literalKey(text);
    const scanner = scanners.headKeys.some((k) => key.includes(k)) ? scanners.all : scanners.withoutHeads;
    scanner.lastIndex = 0;
    for (let m = scanner.exec(text); m; m = scanner.exec(text)) {
      if (refused) {
        refused.lastIndex = m.index;
        if (refused.test(text)) {
          scanner.lastIndex = m.index + 1;
          continue;
        }
      }
      const hit = candidateOf(m[0]);
      if (hit && inSense(hit, text, m.index, m.index + m[0].length)) {
        onMatch(hit.hit, m.index, m.index + m[0].length);
      }
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
  return { regex, find, topicOf, accepts, count, slowMatches };
}
