/**
 * Concrete words for each lexicon pattern (asyl* → asylen, *välfärd → skolvälfärd…), kept only
 * when the compiled matcher matches the whole sample: the benchmark's matching words are real.
 */
import type { LexiconEntry } from '../../../core/pack/schema';

interface FullMatcher {
  find(text: string): { start: number; end: number }[];
}

const SUFFIXES = ['', 'en', 'et', 'erna', 's'];
const PREFIXES = ['stats', 'skol'];

function expand(word: string, i: number): string {
  const head = word.startsWith('*') ? (PREFIXES[i % PREFIXES.length] ?? '') : '';
  const core = word.replace(/^\*/, '').replace(/\*$/, '');
  const tail = word.endsWith('*') ? (SUFFIXES[i % SUFFIXES.length] ?? '') : '';
  return head + core + tail;
}

export function lexiconSamples(entries: readonly LexiconEntry[], matcher: FullMatcher): string[] {
  const samples = new Set<string>();
  entries.forEach((entry) => {
    entry.sv.forEach((pattern, i) => {
      const sample = pattern
        .split(' ')
        .map((w) => expand(w, i))
        .join(' ');
      const found = matcher.find(sample);
      if (found.length === 1 && found[0]?.start === 0 && found[0]?.end === sample.length) samples.add(sample);
    });
  });
  return [...samples];
}

/** The lexicon as a generic highlighter's user would type it: the words, operators dropped. */
export function naiveTerms(entries: readonly LexiconEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => e.sv).map((p) => p.replaceAll('*', '')))];
}
