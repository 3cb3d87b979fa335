/**
 * The matcher's global regex as it was compiled until the trie walk replaced it: one trie per
 * tier, phrases before compound heads before words, at each word start not refused by the
 * exclusion guard. The walk must find exactly its matches (walk-equals-regex.test.ts).
 */
import type { MatcherOptions } from '../../../../../core/match/matcher.ts';
import type { ParsedPattern } from '../../../../../core/match/pattern.ts';
import { parseTerm } from '../../../../../core/match/senses.ts';
import { type TermTokens, termTokens } from '../../../../../core/match/term-tokens.ts';
import { STARTS_WORD, WORD_START } from '../../../../../core/match/text-classes.ts';
import type { LexiconEntry } from '../../../../../core/pack/schema.ts';
import { exclusionSource } from './exclusion-source.ts';
import { trieSource } from './trie-source.ts';

const TIERS = ['phrase', 'head', 'word'] as const;

function tierOf(pattern: ParsedPattern): (typeof TIERS)[number] {
  if (pattern.words.length > 1) return 'phrase';
  return pattern.words[0]?.head ? 'head' : 'word';
}

export function referenceRegex(entries: readonly LexiconEntry[], options: MatcherOptions = {}): RegExp {
  const enabled = options.topics ? new Set(options.topics) : undefined;
  const active = entries.filter((e) => !enabled || enabled.has(e.topic));
  const terms = active.flatMap((e) => (options.english ? [...e.sv, ...e.en] : e.sv));
  const lists = new Map<string, TermTokens[]>();
  for (const term of terms) {
    const { pattern } = parseTerm(term);
    const tier = tierOf(pattern);
    lists.set(tier, [...(lists.get(tier) ?? []), termTokens(pattern)]);
  }
  const tiers = TIERS.flatMap((tier) => {
    const list = lists.get(tier);
    return list ? [trieSource(list)] : [];
  });
  const enabledTerms = new Set(terms);
  const excluded = exclusionSource(active.flatMap((e) => e.exclude.filter((x) => !enabledTerms.has(x))));
  const guard = excluded ? `(?!${excluded})` : '';
  const body = tiers.length > 0 ? `(?:${tiers.join('|')})` : '[]';
  return new RegExp(`${STARTS_WORD}${WORD_START}${guard}${body}`, 'gu');
}
