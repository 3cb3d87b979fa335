/**
 * Compiles a lexicon into matcher data (matcher-data.ts): each term's steps, ranked, and per tier
 * the order its trie holds them in.
 *
 * A tier is one merged trie of every topic's terms, not one per topic: with a branch per topic
 * every word start costs a scan per topic, which made whole pages take seconds. Which topic a
 * match belongs to is decided afterwards, on the matched string, by `topicOf`.
 */
import type { LexiconEntry } from '../pack/schema.ts';
import { type CandidateData, candidateLine } from './candidate-lines.ts';
import { exclusionData } from './exclusions.ts';
import type { Matcher, MatcherOptions } from './matcher.ts';
import {
  literalKey,
  MATCHER_DATA_FORMAT,
  type MatcherData,
  matcherFromData,
  PLACEHOLDER,
  TIERS,
  type Tier,
} from './matcher-data.ts';
import type { ParsedPattern } from './pattern.ts';
import { PrefilterBuilder } from './prefilter.ts';
import type { CompiledSense } from './sense-check.ts';
import { compileSenses, type ParsedTerm, parseTerm } from './senses.ts';
import { specificityLevels } from './specificity.ts';
import type { TermSteps } from './steps.ts';
import { termSteps } from './term-steps.ts';
import { tierData } from './tier-data.ts';
import { trickyCharacters } from './tolerant.ts';
import { wordPairs } from './word-pairs.ts';
import { WORD_RANGES } from './word-ranges.ts';

/** A regex source with the word class replaced by the placeholder (see matcher-data.ts). */
export function packSource(source: string): string {
  if (source.includes(PLACEHOLDER)) throw new Error('regex source contains the placeholder character');
  return source.split(WORD_RANGES).join(PLACEHOLDER);
}

/** Sense rules stored once each: terms that share a rule ("tar emot", "ta emot") share its index. */
class SenseTable {
  readonly list: CompiledSense[] = [];
  private readonly index = new Map<string, number>();

  indexOf(rule: CompiledSense): number {
    const key = JSON.stringify([rule.kind, rule.negated, rule.window, rule.words]);
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.list.push(rule) - 1;
      this.index.set(key, at);
    }
    return at;
  }
}

export function compileLexicon(entries: readonly LexiconEntry[], options: MatcherOptions = {}): Matcher {
  return matcherFromData(compileLexiconData(entries, options));
}

/**
 * The matcher as data to store: compileLexicon without building the matcher. The background
 * runs it, once per lexicon and language (entrypoints/background/page-setup.ts), so no page
 * pays for it.
 */
export function compileLexiconData(
  entries: readonly LexiconEntry[],
  options: MatcherOptions = {},
): MatcherData {
  const enabled = options.topics ? new Set(options.topics) : undefined;
  const active = entries.filter((entry) => !enabled || enabled.has(entry.topic));
  const pairs = active.flatMap((e) =>
    (options.english ? [...e.sv, ...e.en] : e.sv).map((term) => ({ topic: e.topic, term })),
  );
  const terms: ParsedTerm[] = pairs.map(({ term }) => parseTerm(term));
  const parsed: ParsedPattern[] = terms.map((t) => t.pattern);
  const levels = specificityLevels(pairs, parsed);
  const candidates: Compiled[] = [];
  const prefilter = new PrefilterBuilder();
  const rules = new SenseTable();
  for (const [i, { topic, term }] of pairs.entries()) {
    const { pattern, senses } = terms[i] ?? parseTerm(term);
    prefilter.add(pattern);
    const tier = tierOf(pattern.words);
    candidates.push({
      topic,
      term,
      tier,
      level: levels.get(`${topic} ${term}`) ?? 0,
      order: i,
      key: literalKey(pattern.words[0]?.text ?? ''),
      ref: -1,
      steps: termSteps(pattern),
      ...plainOf(pattern, tier),
      ...(senses.length > 0 && {
        senses: compileSenses(senses).map((s) => rules.indexOf({ ...s, words: packSource(s.words) })),
      }),
    });
  }
  // False friends are refused at their word start whatever topic would match there: a regex
  // cannot tell mark.js "matched, but not for this topic", so exclusion has to be global.
  // An exclusion that is itself an enabled term (English `asylum*` excluded from the Swedish
  // `asyl*`) steps aside when that term is switched on.
  const enabledTerms = new Set(pairs.map((p) => p.term));
  const excluded = exclusionData(active.flatMap((e) => e.exclude.filter((x) => !enabledTerms.has(x))));
  const ranked = rank(candidates);
  // One trie per tier, holding its terms in lexicon order (the order it tries them in).
  const tiers: MatcherData['tiers'] = {};
  for (const tier of TIERS) {
    const members = candidates.filter((c) => c.tier === tier);
    for (const [ref, c] of members.entries()) c.ref = ref;
    if (members.length > 0) tiers[tier] = tierData(members.map((c) => c.steps));
  }
  const tricky = trickyCharacters(
    new Set(
      active.flatMap((e) => [...e.sv, ...e.en, ...e.exclude]).flatMap((term) => [...term.normalize('NFC')]),
    ),
  );
  return {
    format: MATCHER_DATA_FORMAT,
    tiers,
    excluded,
    prefilter: prefilter.data(),
    senses: JSON.stringify(rules.list),
    tricky: tricky.source,
    candidates: ranked.map(({ level: _, order: __, steps: ___, ...c }) => candidateLine(c)).join('\n'),
    word: wordPairs(WORD_RANGES),
  };
}

/** Lower-case Latin-1 letters and digits: their regex atoms are exactly "this letter in either case". */
const PLAIN_WORD = /^[0-9a-zß-öø-ÿ]+$/;

/** Marks the one-word terms whose anchored regex a string comparison can stand in for. */
function plainOf(pattern: ParsedPattern, tier: Tier): Pick<CandidateData, 'plain'> {
  const word = pattern.words[0];
  if (tier !== 'word' || pattern.caseSensitive || !word || !PLAIN_WORD.test(word.text)) return {};
  return { plain: word.stem ? 'stem' : 'exact' };
}

interface Compiled extends CandidateData {
  steps: TermSteps;
  level: number;
  /** Place in the lexicon: a trie tries its terms in this order. */
  order: number;
}

function tierOf(words: readonly { head: boolean }[]): Tier {
  if (words.length > 1) return 'phrase';
  return words[0]?.head ? 'head' : 'word';
}

function rank(candidates: Compiled[]): Compiled[] {
  const tierIndex = (c: Compiled) => TIERS.indexOf(c.tier);
  // Array.prototype.sort is stable, so lexicon order breaks the remaining ties.
  return [...candidates].sort((a, b) => tierIndex(a) - tierIndex(b) || b.level - a.level);
}
