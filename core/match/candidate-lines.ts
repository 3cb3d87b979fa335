/**
 * The terms of stored matcher data, one line of text each. A page is handed one string instead
 * of hundreds of records (reading those back from storage cost milliseconds of every page view)
 * and splits a line only when a lookup reaches its term. Patterns hold neither tabs nor line
 * breaks (pattern.ts), and topic ids are plain words, so neither can stand in a field.
 */
import type { Tier } from './matcher-data.ts';

export interface CandidateData {
  topic: string;
  term: string;
  tier: Tier;
  /** Lower-cased literal that a matched string must start with (or, for a head, contain). */
  key: string;
  /** The term's place in its tier's trie (MatcherData.tiers), where its steps are. */
  ref: number;
  /** The term's context rules (senses.ts), as indices into the stored sense rules; absent for the many terms without. */
  senses?: number[];
  /**
   * A one-word, lower-case term of Latin-1 letters: `key` is the word (`exact`) or its start
   * (`stem`), and a matched string of Latin-1 letters is tested by comparing, not by a regex.
   */
  plain?: 'exact' | 'stem';
}

const CODE_OF: Record<Tier, string> = { phrase: 'p', head: 'h', word: 'w' };
const TIER_OF: Record<string, Tier> = { p: 'phrase', h: 'head', w: 'word' };
const SEPARATOR = /[\t\n]/;

/** The tier's code comes first and the key second, so a lookup can pick lines without splitting them (mayStartWith). */
export function candidateLine(c: CandidateData): string {
  const fields = [
    CODE_OF[c.tier],
    c.key,
    c.topic,
    c.term,
    String(c.ref),
    (c.senses ?? []).join(','),
    c.plain ?? '',
  ];
  const bad = fields.find((field) => SEPARATOR.test(field));
  if (bad !== undefined) throw new Error(`term "${c.term}": "${bad}" holds a tab or a line break`);
  return fields.join('\t');
}

export function readCandidate(line: string): CandidateData {
  const [code = '', key = '', topic = '', term = '', ref = '', senses = '', plain = ''] = line.split('\t');
  const tier = TIER_OF[code];
  if (tier === undefined) throw new Error(`matcher data: a term line of unknown tier "${code}"`);
  return {
    topic,
    term,
    tier,
    key,
    ref: Number(ref),
    ...(senses !== '' && { senses: senses.split(',').map(Number) }),
    ...((plain === 'exact' || plain === 'stem') && { plain }),
  };
}

/**
 * Whether the line's term can match a string whose key starts with the unit `first`: a compound
 * head can match inside any string, other terms only where their key starts.
 */
export const mayStartWith = (line: string, first: string): boolean => line[0] === 'h' || line[2] === first;
