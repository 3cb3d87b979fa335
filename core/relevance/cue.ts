/**
 * Position cues (docs/position-packs.md): what a passage must say for a position to speak to it.
 * A cue is one lexicon pattern, or several joined by " + " that must all occur in the passage,
 * in any order ("skattesänkning* + konkurrenskraft*"). Patterns are the lexicon's own syntax
 * (docs/lexicon-syntax.md), parsed by its parser, so a cue can never carry a regular expression.
 */
import { type ParsedPattern, parsePattern } from '../match';

export const CUE_JOINER = ' + ';

/** The patterns of one cue; throws the parser's PatternError for a bad one. */
export function parseCue(cue: string): ParsedPattern[] {
  return cue.split(CUE_JOINER).map((part) => parsePattern(part));
}
