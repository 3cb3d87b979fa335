/**
 * Compiles a lexicon into one global regex (for mark.js markRegExp) plus the anchored regexes
 * that tell which topic and term a matched string belongs to.
 *
 * The global regex is one merged trie per tier, not one branch per topic: with a branch per
 * topic every word start costs a scan per topic, which made whole pages take seconds. Which
 * topic a match belongs to is decided afterwards, on the matched string, by `topicOf`.
 */
import type { LexiconEntry } from '../pack/schema.ts';
import { exclusionSource } from './exclusions.ts';
import type { Matcher, MatcherOptions, TopicMatch } from './matcher.ts';
import type { ParsedPattern } from './pattern.ts';
import { PrefilterBuilder } from './prefilter.ts';
import { type ParsedTerm, parseTerm, type SenseCheck, senseCheck } from './senses.ts';
import { specificityLevels } from './specificity.ts';
import { type TermTokens, termSource, termTokens } from './term-tokens.ts';
import { STARTS_WORD, WORD_START } from './text-classes.ts';
import { cleanText, trickyCharacters } from './tolerant.ts';
import { trieSource } from './trie.ts';

/**
 * Order of precedence when several terms match the same string. Phrases come first in the regex
 * too, so they win over their first word (arbetsmarknadens parter over arbetsmarknad*). Compound
 * heads beat stems because the last part of a Swedish compound carries its meaning
 * (välfärdsbrottslighet is crime, not welfare); within a tier the more specific stem wins
 * (arbetslöshetsförsäkring* over arbetslös*, see specificity.ts), then lexicon order.
 */
const TIERS = ['phrase', 'head', 'word'] as const;
type Tier = (typeof TIERS)[number];

interface Candidate {
  topic: string;
  term: string;
  /** What topicOf reports, made once. */
  hit: { topic: string; term: string };
  /** The term's sense rules, when it has any (senses.ts). */
  check: SenseCheck | undefined;
  tier: Tier;
  level: number;
  tokens: TermTokens;
  /** Lower-cased literal that a matched string must start with (or, for a head, contain). */
  key: string;
}

export function compileLexicon(entries: readonly LexiconEntry[], options: MatcherOptions = {}): Matcher {
  const steps = compileSteps(entries, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same matcher, built in slices: after any step that used up `sliceMs`, `pause` lets the page
 * run (the content script passes its yield), so building a big lexicon is never one long task.
 */
export async function compileLexiconInSlices(
  entries: readonly LexiconEntry[],
  options: MatcherOptions,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<Matcher> {
  const steps = compileSteps(entries, options);
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= sliceMs) {
      await pause();
      started = performance.now();
    }
  }
}

/** Yields between steps of a few milliseconds each; returns the matcher. */
function* compileSteps(entries: readonly LexiconEntry[], options: MatcherOptions): Generator<void, Matcher> {
  const enabled = options.topics ? new Set(options.topics) : undefined;
  const active = entries.filter((entry) => !enabled || enabled.has(entry.topic));
  const pairs = active.flatMap((e) =>
    (options.english ? [...e.sv, ...e.en] : e.sv).map((term) => ({ topic: e.topic, term })),
  );
  const terms: ParsedTerm[] = [];
  for (const { term } of pairs) {
    terms.push(parseTerm(term));
    if (terms.length % 32 === 0) yield;
  }
  const parsed: ParsedPattern[] = terms.map((t) => t.pattern);
  const levels = specificityLevels(pairs, parsed);
  yield;
  const candidates: Candidate[] = [];
  const prefilter = new PrefilterBuilder();
  for (const [i, { topic, term }] of pairs.entries()) {
    const { pattern, senses } = terms[i] ?? parseTerm(term);
    prefilter.add(pattern);
    candidates.push({
      topic,
      term,
      hit: { topic, term },
      check: senseCheck(senses),
      tier: tierOf(pattern.words),
      level: levels.get(`${topic} ${term}`) ?? 0,
      tokens: termTokens(pattern),
      key: literalKey(pattern.words[0]?.text ?? ''),
    });
    if (candidates.length % 32 === 0) yield;
  }
  // False friends are refused at their word start whatever topic would match there: a regex
  // cannot tell mark.js "matched, but not for this topic", so exclusion has to be global.
  // An exclusion that is itself an enabled term (English `asylum*` excluded from the Swedish
  // `asyl*`) steps aside when that term is switched on.
  const enabledTerms = new Set(pairs.map((p) => p.term));
  const excluded = exclusionSource(active.flatMap((e) => e.exclude.filter((x) => !enabledTerms.has(x))));
  const guard = excluded ? `(?!${excluded})` : '';
  yield;
  // One trie per tier, built once: the regex and the scanners are alternations of them.
  const tries = new Map<Tier, string>();
  for (const tier of TIERS) {
    const lists = candidates.filter((c) => c.tier === tier).map((c) => c.tokens);
    if (lists.length > 0) tries.set(tier, trieSource(lists));
    yield;
  }
  const tierSources = (tiers: readonly Tier[]) => {
    const sources = tiers.flatMap((tier) => tries.get(tier) ?? []);
    // `[]` never matches, so an empty lexicon still gives a regex that is safe to hand to mark.js.
    return sources.length > 0 ? `(?:${sources.join('|')})` : '[]';
  };
  // The cheap one-character lookahead first: without it every space and punctuation mark was
  // tried against every alternative, which made whitespace-heavy text slow.
  const wordStart = `${STARTS_WORD}${WORD_START}`;
  const regex = new RegExp(`${wordStart}${guard}${tierSources(TIERS)}`, 'gu');
  yield;
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
  const tricky = trickyCharacters(
    new Set(
      active.flatMap((e) => [...e.sv, ...e.en, ...e.exclude]).flatMap((term) => [...term.normalize('NFC')]),
    ),
  );
  yield;
  const prefilterSource = prefilter.source();
  yield;
  // Compiled on first use: only the scanner's block test needs it.
  let prefilterRegex: RegExp | undefined;
  const mayMatch = (text: string) => {
    if (tricky.test(text)) return true;
    prefilterRegex ??= new RegExp(prefilterSource, 'u');
    return prefilterRegex.test(text);
  };
  return { ...createMatcher(regex, getScanners, rank(candidates), excluded, tricky), mayMatch };
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
function literalKey(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060]/g, '')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\u2019/g, "'")
    .toLowerCase();
}

function tierOf(words: readonly { head: boolean }[]): Tier {
  if (words.length > 1) return 'phrase';
  return words[0]?.head ? 'head' : 'word';
}

function rank(candidates: Candidate[]): Candidate[] {
  const tierIndex = (c: Candidate) => TIERS.indexOf(c.tier);
  // Array.prototype.sort is stable, so lexicon order breaks the remaining ties.
  return [...candidates].sort((a, b) => tierIndex(a) - tierIndex(b) || b.level - a.level);
}

function createMatcher(
  regex: RegExp,
  getScanners: () => Scanners,
  ranked: Candidate[],
  excluded: string,
  tricky: RegExp,
): Omit<Matcher, 'mayMatch'> {
  const anchored = new Map<Candidate, RegExp>();
  const test = (c: Candidate, s: string) => {
    let re = anchored.get(c);
    if (!re) {
      re = new RegExp(`^(?:${termSource(c.tokens)})$`, 'u');
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
  const inSense = (c: Candidate, text: string, start: number, end: number) =>
    !c.check || c.check(text, start, end);
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
