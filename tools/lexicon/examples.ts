/**
 * Sample texts a term must match, used by the lexicon lint to prove every term is reachable
 * (not shadowed by an exclusion or by an earlier term) and by the syntax doc's examples.
 */
import { type ParsedTerm, parseTerm } from '../../core/match/senses.ts';

/** A sample and where the term's own match sits in it (the context words are not part of it). */
export interface Sample {
  text: string;
  start: number;
  end: number;
}

/** A few spellings the pattern accepts: the bare form, and inflected/compounded ones where allowed. */
export function examplesOf(term: string): string[] {
  const { words } = parseTerm(term).pattern;
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

/** The examples, each set in the context the term's sense rules ask for. */
export function samplesOf(term: string): Sample[] {
  const parsed = parseTerm(term);
  const before = contextWords(parsed, 'preceded by');
  const after = [...contextWords(parsed, 'followed by'), ...contextWords(parsed, 'near')];
  return examplesOf(term).map((example) => {
    const lead = before.map((w) => `${w} `).join('');
    const tail = after.map((w) => ` ${w}`).join('');
    return { text: `${lead}${example}${tail}`, start: lead.length, end: lead.length + example.length };
  });
}

/** For each rule of a kind that needs context, its first word written out (`#` as a number). */
function contextWords(parsed: ParsedTerm, kind: string): string[] {
  return parsed.senses
    .filter((rule) => rule.kind === kind && !rule.negated)
    .map((rule) => {
      const first = rule.words[0];
      return first ? (examplesOf(first.source)[0] ?? '') : '40';
    });
}
