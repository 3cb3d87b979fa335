export { compileLexicon, compileLexiconInSlices } from './compile.ts';
export type { Matcher, MatcherOptions, TopicMatch } from './matcher.ts';
export { type ParsedPattern, PatternError, type PatternWord, parsePattern } from './pattern.ts';
export { type ParsedTerm, parseTerm, type SenseRule } from './senses.ts';
