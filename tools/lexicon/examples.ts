/**
 * Sample texts a pattern must match, used by the lexicon lint to prove every term is reachable
 * (not shadowed by an exclusion or by an earlier term) and by the syntax doc's examples.
 */
import { parsePattern } from '../../core/match/pattern.ts';

/** A few spellings the pattern accepts: the bare form, and inflected/compounded ones where allowed. */
export function examplesOf(pattern: string): string[] {
  const { words } = parsePattern(pattern);
  const variants = (suffix: string, prefix: string) =>
    words
      .map((w, i) => {
        const before = w.head ? prefix : '';
        const after = w.stem && i === words.length - 1 ? suffix : '';
        return before + w.text + after;
      })
      .join(' ');
  return [...new Set([variants('', 'kom'), variants('en', 'kom'), variants('arna', 'stats')])];
}
