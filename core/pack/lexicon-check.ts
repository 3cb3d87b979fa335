/**
 * Lexicon patterns of an imported pack, checked with the matcher's own parser: a pattern that the
 * highlighter could not compile, or that could match too much (regex syntax, one-letter stems),
 * is refused at import instead of failing on every page.
 */
import type { LocatedError } from '../located-error';
import { compileLexicon, PatternError, parsePattern, parseTerm } from '../match';
import { parseCue } from '../relevance/cue';
import type { PositionPack } from './schema';

export function lexiconErrors(pack: PositionPack): LocatedError[] {
  const errors: LocatedError[] = [];
  pack.lexicon.forEach((entry, i) => {
    for (const list of ['sv', 'en', 'exclude'] as const) {
      entry[list].forEach((term, j) => {
        try {
          // Terms may carry sense rules; a false friend is a bare pattern.
          if (list === 'exclude') parsePattern(term);
          else parseTerm(term);
        } catch (error) {
          const reason = error instanceof PatternError ? error.reason : String(error);
          errors.push({
            path: `lexicon[${i}].${list}[${j}]`,
            message: `pattern "${term}" refused: ${reason}`,
          });
        }
      });
      const seen = new Set<string>();
      entry[list].forEach((term, j) => {
        if (seen.has(term))
          errors.push({ path: `lexicon[${i}].${list}[${j}]`, message: `pattern "${term}" listed twice` });
        seen.add(term);
      });
    }
  });
  // The lexicon compiles apart from the cues: a bad cue must not hide a lexicon error.
  const lexiconBroken = errors.length > 0;
  errors.push(...cueErrors(pack));
  if (lexiconBroken) return errors;
  try {
    compileLexicon(pack.lexicon, { english: true });
  } catch (error) {
    errors.push({ path: 'lexicon', message: `the lexicon does not compile: ${(error as Error).message}` });
  }
  return errors;
}

/** Position cues are lexicon patterns too (joined by " + "), refused the same way. */
export function cueErrors(pack: PositionPack): LocatedError[] {
  const errors: LocatedError[] = [];
  pack.positions.forEach((position, i) => {
    for (const lang of ['sv', 'en'] as const) {
      position.cues?.[lang].forEach((cue, j) => {
        try {
          parseCue(cue);
        } catch (error) {
          const reason = error instanceof PatternError ? error.reason : String(error);
          errors.push({
            path: `positions[${i}].cues.${lang}[${j}]`,
            message: `cue "${cue}" refused: ${reason}`,
          });
        }
      });
    }
  });
  return errors;
}
