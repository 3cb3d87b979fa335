/**
 * Senses: context a term needs, or must not have, to count (docs/lexicon-syntax.md, "Senses").
 * "varsel" is job cuts next to "uppsägningar" but a warning in "med kort varsel"; "integration"
 * is immigration after "lyckad" but software next to "system". A term carries its rules after the
 * pattern, in square brackets: `varsel [near: uppsägning*, anställda, #] [not preceded by: kort]`.
 *
 * Rules are checked only where the term matched, on the text around it (one text node as the
 * highlighter sees it), so they cost nothing on text without the term. Only the term is marked;
 * the context words are not.
 */
import { type ParsedPattern, PatternError, parsePattern } from './pattern.ts';
import type { CompiledSense, SenseKind } from './sense-check.ts';
import { termSource, termTokens } from './term-tokens.ts';

export interface SenseRule {
  kind: SenseKind;
  /** `not …`: the context must be absent. */
  negated: boolean;
  /** `near`: how many words on each side are looked at. */
  window: number;
  /** The context patterns; `undefined` stands for `#`, any number ("varslar 1 200"). */
  words: (ParsedPattern | undefined)[];
}

export interface ParsedTerm {
  pattern: ParsedPattern;
  senses: SenseRule[];
}

/** Words on each side `near` looks at unless the rule says otherwise (`near 3:`). */
export const DEFAULT_WINDOW = 5;
const MAX_WINDOW = 10;
const MAX_RULES = 4;
const MAX_WORDS_PER_RULE = 50;
/** The whole term with its rules; the pattern itself keeps the pattern limit. */
export const MAX_TERM_LENGTH = 600;

const RULE = /^\[(not )?(near|preceded by|followed by)(?: (\d{1,2}))?: ([^[\]]+)\]$/;

/** Parses a lexicon term: a pattern, optionally followed by sense rules in brackets. */
export function parseTerm(source: string): ParsedTerm {
  const text = source.normalize('NFC');
  const open = text.indexOf(' [');
  if (open < 0) {
    const at = text.search(/[[\]]/);
    if (at >= 0) {
      throw new PatternError(
        source,
        at,
        'a context rule starts with " [" after the term, e.g. "varsel [near: jobb*]"',
      );
    }
    return { pattern: parsePattern(text), senses: [] };
  }
  if (text.length > MAX_TERM_LENGTH) {
    throw new PatternError(
      source,
      MAX_TERM_LENGTH,
      `longer than ${MAX_TERM_LENGTH} characters with its context rules`,
    );
  }
  const pattern = parsePattern(text.slice(0, open));
  const senses: SenseRule[] = [];
  let at = open + 1;
  while (at < text.length) {
    const end = text.indexOf(']', at);
    if (text[at] !== '[' || end < 0) {
      throw new PatternError(source, at, 'context rules are written "[near: …]" and separated by one space');
    }
    senses.push(parseRule(source, text.slice(at, end + 1), at));
    at = end + 1;
    if (at < text.length) {
      if (text[at] !== ' ') throw new PatternError(source, at, 'context rules are separated by one space');
      at++;
    }
  }
  if (senses.length > MAX_RULES)
    throw new PatternError(source, open, `at most ${MAX_RULES} context rules per term`);
  return { pattern, senses };
}

function parseRule(source: string, rule: string, offset: number): SenseRule {
  const m = RULE.exec(rule);
  if (!m) {
    throw new PatternError(
      source,
      offset,
      'a context rule is [near: …], [preceded by: …] or [followed by: …], each also with "not " first',
    );
  }
  const [, not, kind, size, list = ''] = m;
  const window = size ? Number(size) : DEFAULT_WINDOW;
  if (kind !== 'near' && size) throw new PatternError(source, offset, 'only "near" takes a number of words');
  if (window < 1 || window > MAX_WINDOW) {
    throw new PatternError(source, offset, `"near" looks at 1 to ${MAX_WINDOW} words`);
  }
  const parts = list.split(', ');
  if (parts.length > MAX_WORDS_PER_RULE) {
    throw new PatternError(source, offset, `at most ${MAX_WORDS_PER_RULE} words in one context rule`);
  }
  let partOffset = offset + rule.indexOf(': ') + 2;
  const words = parts.map((part) => {
    const here = partOffset;
    partOffset += part.length + 2;
    if (part === '#') return undefined;
    try {
      return parsePattern(part);
    } catch (error) {
      if (error instanceof PatternError) throw new PatternError(source, here + error.position, error.reason);
      throw error;
    }
  });
  return { kind: kind as SenseKind, negated: Boolean(not), window, words };
}

/** A number as news write it: 1 200, 1 200 000, 3,5, 40. */
const NUMBER = '[0-9]+(?:[ \u00A0\u202F][0-9]{3})*(?:[,.][0-9]+)?(?![0-9])';

/** The rules in the form a stored matcher keeps (sense-check.ts checks them). */
export function compileSenses(senses: readonly SenseRule[]): CompiledSense[] {
  return senses.map(({ kind, negated, window, words }) => ({
    kind,
    negated,
    window,
    words: `(?:${words.map((w) => (w ? termSource(termTokens(w)) : NUMBER)).join('|')})`,
  }));
}
