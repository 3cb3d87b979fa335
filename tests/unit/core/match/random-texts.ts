/** Seeded texts made of lexicon words and their near misses, for tests that compare two matchers. */

/** Deterministic, so a failure can be replayed. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const STARTS = ['', '', '', '', 'x', 'ö', 'stats', 'LO-', '\u00AD', '-', '"', 'ω', '2'];
const ENDINGS = ['', '', '', 'a', 'na', 's', 'en', 'et', 'arna', 'ω', '\u00AD', '-', ':s', '-avtal', '’'];
const GAPS = [' ', ' ', ' ', ' ', '  ', '\n', '\u00A0', ', ', '. ', '-', '', ' – ', '\t'];
const FILLER = ['och', 'det', 'att', 'som', 'en', 'två', 'minuters', 'kort', 'med', 'Om', 'i', 'för'];

/**
 * `count` texts of one to four pieces: a lexicon phrase (whole or from a later word on) or a
 * filler word, each word perhaps glued to letters, inflected, cased otherwise or cut short.
 */
export function lexiconTexts(patterns: readonly string[], count: number, seed: number): string[] {
  const phrases = patterns.map((x) =>
    x
      .replace(/ \[.*$/, '')
      .replace(/\*/g, '')
      .split(' '),
  );
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const cased = (w: string) => {
    const r = next();
    if (r < 0.15) return w.toUpperCase();
    if (r < 0.3) return (w[0] ?? '').toUpperCase() + w.slice(1);
    if (r < 0.35) return w.slice(0, Math.max(1, w.length - 1));
    return w;
  };
  const word = (w: string) => pick(STARTS) + cased(w) + pick(ENDINGS);
  return Array.from({ length: count }, () => {
    let text = pick(['', 'Det ', 'två ', 'Ett ', '(']);
    const pieces = 1 + Math.floor(next() * 4);
    for (let i = 0; i < pieces; i++) {
      const phrase = next() < 0.2 ? [pick(FILLER)] : pick(phrases);
      const from = next() < 0.3 ? Math.floor(next() * phrase.length) : 0;
      text += phrase
        .slice(from)
        .map((w) => word(w) + pick(GAPS))
        .join('');
    }
    return text;
  });
}
