/**
 * Ranks terms so that a stem never shadows a longer term that begins with it: arbetslös*
 * (labour market) would otherwise win on "arbetslöshetsförsäkringen" (secure employment) just by
 * coming first, and Swedish industri* would swallow the opt-in English industrial*. Level 0 terms
 * extend no other stem; a term gets one level more than the highest stem its first word extends.
 */
import { parsePattern } from './pattern.ts';

export function specificityLevels(terms: readonly { topic: string; term: string }[]): Map<string, number> {
  const keyed = terms
    .map(({ topic, term }) => {
      const first = parsePattern(term).words[0];
      return { id: `${topic} ${term}`, key: (first?.text ?? '').toLowerCase(), stem: first?.stem ?? false };
    })
    .sort((a, b) => a.key.length - b.key.length);
  const levels = new Map<string, number>();
  for (const t of keyed) {
    let level = 0;
    for (const rival of keyed) {
      if (rival.key.length >= t.key.length) break;
      if (rival.stem && t.key.startsWith(rival.key)) {
        level = Math.max(level, (levels.get(rival.id) ?? 0) + 1);
      }
    }
    levels.set(t.id, level);
  }
  return levels;
}
