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
import { parsePattern } from './pattern.ts';
import { specificityLevels } from './specificity.ts';
import { type TermTokens, termSource, termTokens } from './term-tokens.ts';
import { STARTS_WORD, WORD_START } from './text-classes.ts';
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
  tier: Tier;
  level: number;
  tokens: TermTokens;
  /** Lower-cased literal that a matched string must start with (or, for a head, contain). */
  key: string;
}

export function compileLexicon(entries: readonly LexiconEntry[], options: MatcherOptions = {}): Matcher {
  const enabled = options.topics ? new Set(options.topics) : undefined;
  const active = entries.filter((entry) => !enabled || enabled.has(entry.topic));
  const pairs = active.flatMap((e) =>
    (options.english ? [...e.sv, ...e.en] : e.sv).map((term) => ({ topic: e.topic, term })),
  );
  const levels = specificityLevels(pairs);
  const candidates: Candidate[] = pairs.map(({ topic, term }) => {
    const parsed = parsePattern(term);
    const tier = tierOf(parsed.words);
    const level = levels.get(`${topic} ${term}`) ?? 0;
    return {
      topic,
      term,
      tier,
      level,
      tokens: termTokens(parsed),
      key: literalKey(parsed.words[0]?.text ?? ''),
    };
  });
  // False friends are refused at their word start whatever topic would match there: a regex
  // cannot tell mark.js "matched, but not for this topic", so exclusion has to be global.
  // An exclusion that is itself an enabled term (English `asylum*` excluded from the Swedish
  // `asyl*`) steps aside when that term is switched on.
  const enabledTerms = new Set(pairs.map((p) => p.term));
  const excluded = exclusionSource(active.flatMap((e) => e.exclude.filter((x) => !enabledTerms.has(x))));
  const guard = excluded ? `(?!${excluded})` : '';
  const tierSources = (tiers: readonly Tier[]) => {
    const sources = tiers
      .map((tier) => candidates.filter((c) => c.tier === tier).map((c) => c.tokens))
      .filter((lists) => lists.length > 0)
      .map(trieSource);
    // `[]` never matches, so an empty lexicon still gives a regex that is safe to hand to mark.js.
    return sources.length > 0 ? `(?:${sources.join('|')})` : '[]';
  };
  // The cheap one-character lookahead first: without it every space and punctuation mark was
  // tried against every alternative, which made whitespace-heavy text slow.
  const wordStart = `${STARTS_WORD}${WORD_START}`;
  const regex = new RegExp(`${wordStart}${guard}${tierSources(TIERS)}`, 'gu');
  const scanners: Scanners = {
    all: new RegExp(`${wordStart}${tierSources(TIERS)}`, 'gu'),
    withoutHeads: new RegExp(`${wordStart}${tierSources(TIERS.filter((t) => t !== 'head'))}`, 'gu'),
    headKeys: [...new Set(candidates.filter((c) => c.tier === 'head').map((c) => c.key))],
  };
  return createMatcher(regex, scanners, rank(candidates), excluded);
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

function createMatcher(regex: RegExp, scanners: Scanners, ranked: Candidate[], excluded: string): Matcher {
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
  const cache = new Map<string, { topic: string; term: string } | undefined>();
  const topicOf = (matched: string) => {
    if (cache.has(matched)) return cache.get(matched);
    const key = literalKey(matched);
    const plausible = (c: Candidate) => (c.tier === 'head' ? key.includes(c.key) : key.startsWith(c.key));
    const hit = allowed.test(matched)
      ? rankedFor(key).find((c) => plausible(c) && test(c, matched))
      : undefined;
    const result = hit ? { topic: hit.topic, term: hit.term } : undefined;
    if (cache.size < 20_000) cache.set(matched, result);
    return result;
  };
  // Sticky: tests the guard exactly where a match starts, with the text before it in view, as
  // the guard inside `regex` does. A refused start is skipped, as `regex` skips it.
  const refused = excluded ? new RegExp(`(?:${excluded})`, 'uy') : undefined;
  // Own instances, so scanning never disturbs the lastIndex mark.js relies on. No matchAll: it
  // clones the regex on every call, and recompiling this one costs more than scanning a page.
  const scan = (
    text: string,
    onMatch: (hit: { topic: string; term: string }, start: number, end: number) => void,
  ) => {
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
      const hit = topicOf(m[0]);
      if (hit) onMatch(hit, m.index, m.index + m[0].length);
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
  return { regex, find, topicOf, count };
}
