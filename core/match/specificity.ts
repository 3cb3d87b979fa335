/**
 * Ranks terms so that a stem never shadows a longer term that begins with it: arbetslös*
 * (labour market) would otherwise win on "arbetslöshetsförsäkringen" (secure employment) just by
 * coming first, and Swedish industri* would swallow the opt-in English industrial*. Level 0 terms
 * extend no other stem; a term gets one level more than the highest stem its first word extends.
 */
import type { ParsedPattern } from './pattern.ts';
import { parseTerm } from './senses.ts';

/** `parsed`, when given, holds each term parsed already (same order). */
export function specificityLevels(
  terms: readonly { topic: string; term: string }[],
  parsed?: readonly ParsedPattern[],
): Map<string, number> {
  const keyed = terms
    .map(({ topic, term }, i) => {
      const first = (parsed?.[i] ?? parseTerm(term).pattern).words[0];
      return { id: `${topic} ${term}`, key: (first?.text ?? '').toLowerCase(), stem: first?.stem ?? false };
    })
    .sort((a, b) => a.key.length - b.key.length);
  const levels = new Map<string, number>();
  // Stem key → highest level among the stems with that key. A rival is a stem whose key is a
  // strict prefix of this term's key, so looking up each prefix finds every rival (a pairwise
  // scan took tens of milliseconds at content-script start).
  const stems = new Map<string, number>();
  for (const t of keyed) {
    let level = 0;
    for (let length = 1; length < t.key.length; length++) {
      const rival = stems.get(t.key.slice(0, length));
      if (rival !== undefined) level = Math.max(level, rival + 1);
    }
    levels.set(t.id, level);
    if (t.stem) stems.set(t.key, Math.max(stems.get(t.key) ?? 0, level));
  }
  return levels;
}
