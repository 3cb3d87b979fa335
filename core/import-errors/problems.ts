/**
 * What each located error of an import means, read from its English message: a code the locale
 * files have words for, the facts to put in them, and how basic the problem is. Every message the
 * import checks write has a rule here; tests/unit/core/import-errors/ runs every hostile import
 * through them and fails on one that only the fallback (`other`) recognises. Pure: no browser API.
 */
import type { LocatedError } from '../located-error';
import { TRUST_REFUSALS, type TrustRefusal } from '../pack/trust';
import { JSON_PROBLEMS, type JsonProblem } from './json-syntax';
import { NOT_JSON } from './read-json';

/** The kind of file a person chose to import. */
export type ImportKind = 'settings' | 'pack';

/**
 * The ordering rule, most basic first: the file could not be read at all (size, JSON), it is no
 * object, it is another kind of file, it is another version, and only then what its fields say.
 */
export const TIERS = { file: 0, notObject: 1, kind: 2, version: 3, field: 4 } as const;
export type Tier = (typeof TIERS)[keyof typeof TIERS];

export type Params = Record<string, string | number>;

export interface Problem {
  tier: Tier;
  code: string;
  params: Params;
  /** For `combined` and `patternRefused`: the problem or reason inside. */
  inner?: { code: string; params: Params };
}

/** A message pattern, the names of its groups, and any facts the message says in words ("one"). */
type Rule = readonly [code: string, pattern: RegExp, names?: readonly string[], fixed?: Params];

/** File-level problems: each has a headline of its own (importErrors.headline.<code>). */
export const FILE_CODES = [
  'tooLarge',
  'empty',
  'html',
  'json',
  'jsonUnknown',
  'notObject',
  'notSettings',
  'notPack',
  'packNotSettings',
  'settingsNotPack',
  'tooDeep',
  'newerFile',
  'badVersion',
  'newerFormat',
  'badFormatVersion',
  'newerExtension',
] as const;

/**
 * Field problems with a headline of their own: they say what is wrong with the file as a whole.
 * The first in this list that the file has is its headline (a pack twice in the file also clashes
 * with itself topic by topic: the headline says the cause).
 */
export const HEADLINE_FIELD_CODES = [
  'syncBudget',
  'tooManyPacksInFile',
  'packTwice',
  'tooManyPacks',
  'packTooLarge',
  'packTooManyTopics',
  'packTooManyTerms',
  'topicsTogether',
  'termsTogether',
  'builtInId',
  'topicTaken',
] as const;

/** Why a signed pack may not replace the installed one (core/pack/trust.ts), one code each. */
const TRUST_CODES: Record<TrustRefusal, string> = {
  tampered: 'trustTampered',
  'other-key': 'trustOtherKey',
  'unsigned-update': 'trustUnsigned',
  'not-newer': 'trustNotNewer',
};

function trustRules(): Rule[] {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (Object.entries(TRUST_REFUSALS) as [TrustRefusal, string][]).map(
    ([reason, text]) => [TRUST_CODES[reason], new RegExp(`^${literal(text)}$`)] as const,
  );
}

/** One line each: importErrors.problem.<code>. Order matters: the first rule that matches wins. */
const FIELD_RULES: readonly Rule[] = [
  ['unknownField', /^unknown field (.+)$/],
  ['missing', /^missing(?: required field(?: .+)?)?$/],
  ['mustBeObject', /^must be an object$/],
  ['mustBeList', /^must be a list$/],
  ['tooLong', /^must be at most (\d+) characters$/, ['max']],
  ['tooShort', /^must be at least (\d+) characters$/, ['min']],
  ['notEmpty', /^must not be empty$/],
  ['tooManyItems', /^(\d+) items; at most (\d+)$/, ['count', 'max']],
  ['tooFewItems', /^must have at least (\d+) items?$/, ['min']],
  ['tooFewItems', /^a (?:position|figure) needs at least one (?:source reference|topic)$/, [], { min: 1 }],
  ['tooBig', /^must be at most (-?[\d.e+]+)$/, ['max']],
  ['tooSmall', /^must be at least (-?[\d.e+]+)$/, ['min']],
  ['wholeFrom1', /^must be a whole number from 1$/],
  ['wholeNumber', /^must be a whole (?:paragraph )?number$/],
  ['paragraphFrom1', /^paragraphs are counted from 1$/],
  [
    'atMost',
    /^at most (\d+) (?:cues per language|entries|sites|customised topics|dismissed terms)$/,
    ['max'],
  ],
  ['plainText', /^must be plain text/],
  ['date', /^must be a date written YYYY-MM-DD/],
  ['dateText', /^must be a date text$/],
  ['https', /^must be an https:\/\/ URL/],
  ['semver', /^must be a version such as 1\.0\.0$/],
  ['base64', /^must be (\d+) bytes in base64$/, ['bytes']],
  ['base64Chars', /^must be base64$/],
  ['role', /^must be "context" or left out/],
  ['fileName', /^must be a bare file name/],
  ['colour', /^must be a lower-case #rrggbb colour$/],
  ['cueSyntax', /^must be lexicon patterns joined by/],
  ['slug', /^must be (?:a lower-case slug|a topic id)/],
  ['host', /^must be a host name such as example\.se$/],
  ['siteTwice', /^lists a site twice$/],
  ['dismissedCase', /^must be lower case, without extra spaces$/],
  ['dismissedTwice', /^lists the same term, topic and site twice$/],
  ['syncBudget', /^the settings are larger than (\d+) bytes/, ['max']],
  ['unsafeKey', /^the key "(.+)" is not allowed$/, ['key']],
  ['packTwice', /^pack "(.+)" appears twice in the file/, ['id']],
  ['tooManyPacksInFile', /^(\d+) packs; at most (\d+) can be imported$/, ['count', 'max']],
  ['packTooManyTopics', /^(\d+) topics; a pack may have at most (\d+)$/, ['count', 'max']],
  ['packTooManyTerms', /^(\d+) patterns; a pack may have at most (\d+)$/, ['count', 'max']],
  [
    'topicsTogether',
    /^imported packs would have (\d+) topics together; the limit is (\d+)$/,
    ['count', 'max'],
  ],
  [
    'termsTogether',
    /^imported packs would have (\d+) patterns together; the limit is (\d+)$/,
    ['count', 'max'],
  ],
  ['tooManyPacks', /^at most (\d+) imported packs; remove one first$/, ['max']],
  ['packTooLarge', /^pack is (\d+) KB; the limit is (\d+) KB$/, ['size', 'limit']],
  ['builtInId', /^"(.+)" is the id of the built-in pack$/, ['id']],
  ['topicTaken', /^topic "(.+)" already comes from pack "(.+)"$/, ['topic', 'pack']],
  ['duplicateId', /^duplicate id "(.+)" \(also (.+)\)$/, ['id', 'other']],
  ['unknownTopic', /^unknown topic "(.+)"$/, ['id']],
  ['topicTwice', /^topic "(.+)" listed twice$/, ['id']],
  ['unknownSource', /^unknown source "(.+)"$/, ['id']],
  [
    'noSuchParagraph',
    /^paragraph (\d+) does not exist: source "(.+)" has (\d+)$/,
    ['paragraph', 'source', 'count'],
  ],
  [
    'noClaim',
    /^paragraph (\d+) of "(.+)" makes no claim \((.+)\) and cannot be cited$/,
    ['paragraph', 'source', 'reason'],
  ],
  ['pastLast', /^paragraph (\d+) is past the last one \((\d+)\)$/, ['paragraph', 'count']],
  ['notADay', /^(.+) is not a day that exists$/, ['date']],
  ['leaveOut', /^leave the field out when it is not known$/],
  ['beforeWritten', /^is before the day the position was written$/],
  [
    'changelogVersion',
    /^the newest entry must describe this version \((.+)\), not (.+)$/,
    ['version', 'other'],
  ],
  ['listsItself', /^topic "(.+)" lists itself as related$/, ['id']],
  ['noPosition', /^topic "(.+)" has no position; every topic needs one$/, ['id']],
  ['figuresPromised', /^source "(.+)" says it has figures but none cite it$/, ['source']],
  ['quoteNotOwned', /^only a pack whose publisher owns the text of its sources may quote it/],
  ['onlyContext', /^position "(.+)" has only context references/, ['id']],
  [
    'figureWithoutFigures',
    /^source "(.+)" is marked hasFigures: false but this figure cites it$/,
    ['source'],
  ],
  ['unknownPosition', /^unknown position "(.+)"$/, ['id']],
  ['partNotFigure', /^"(.+)" is not another figure of this pack$/, ['id']],
  ['partUnitPlace', /^a part must have the same unit and place as "(.+)"$/, ['id']],
  ['partTime', /^a part must describe the same time \("when"\) as "(.+)"$/, ['id']],
  ['partLarger', /^a part cannot be larger than "(.+)"$/, ['id']],
  ['partOfPart', /^"(.+)" is itself a part: point to the whole$/, ['id']],
  ['secondLexicon', /^second lexicon entry for topic "(.+)"$/, ['id']],
  ['patternTwice', /^pattern "(.*)" listed twice$/, ['term']],
  ['lexiconCompile', /^the lexicon does not compile/],
  ...trustRules(),
  // Last: the shape of valibot's own type message, which custom messages above may resemble.
  ['wrongType', /^expected (.+), got (.+)$/s, ['expected', 'got']],
];

/** Why a lexicon pattern or cue was refused (core/match/pattern.ts): importErrors.reason.<code>. */
const REASON_RULES: readonly Rule[] = [
  ['empty', /^empty pattern$/],
  ['long', /^longer than (\d+) characters$/, ['max']],
  ['words', /^more than (\d+) words in one phrase$/, ['max']],
  ['spaces', /^(?:leading space|words must be separated by exactly one space)$/],
  ['star', /^"\*" is only allowed at the start or end of a word$/],
  ['regex', /^"(.+)" is not allowed \(patterns are literal text/, ['char']],
  ['edge', /^"(.+)" may only stand between letters$/, ['char']],
  ['noLetters', /^a word needs at least one letter or digit$/],
  ['shortStem', /^".*\*" is too short a stem \(at least (\d+) letters\)$/, ['min']],
  ['shortHead', /^"\*.*" is too short a compound head \(at least (\d+) letters\)$/, ['min']],
];

export const FIELD_CODES = [
  ...new Set([...FIELD_RULES.map(([code]) => code), 'combined', 'patternRefused', 'cueRefused', 'other']),
];
export const REASON_CODES = [...REASON_RULES.map(([code]) => code), 'other'];

function match(rules: readonly Rule[], message: string): { code: string; params: Params } | undefined {
  for (const [code, pattern, names = [], fixed = {}] of rules) {
    const found = pattern.exec(message);
    if (!found) continue;
    const params: Params = { ...fixed };
    names.forEach((name, i) => {
      params[name] = found[i + 1] ?? '';
    });
    return { code, params };
  }
  return undefined;
}

const JSON_BY_ENGLISH = new Map(
  (Object.entries(JSON_PROBLEMS) as [JsonProblem, string][]).map(([problem, english]) => [english, problem]),
);

function jsonProblem(message: string): Problem | undefined {
  if (message !== NOT_JSON && !message.startsWith(`${NOT_JSON}:`)) return undefined;
  const found = /^not valid JSON: (.+?)(?: at line (\d+), column (\d+))?$/.exec(message);
  const problem = found ? JSON_BY_ENGLISH.get(found[1] ?? '') : undefined;
  const file = (code: string, params: Params = {}): Problem => ({ tier: TIERS.file, code, params });
  if (problem === 'empty' || problem === 'html') return file(problem);
  if (!problem || !found?.[2]) return file('jsonUnknown');
  return file('json', { problem, line: Number(found[2]), column: Number(found[3]) });
}

/** The problems only a whole file has: size, JSON, no object, another kind or version of file. */
function fileProblem(error: LocatedError, kind: ImportKind): Problem | undefined {
  const { path, message } = error;
  const at = (tier: Tier, code: string, params: Params = {}): Problem => ({ tier, code, params });
  if (/^nested more than \d+ levels deep/.test(message)) return at(TIERS.kind, 'tooDeep');
  if (path === '$') {
    const json = jsonProblem(message);
    if (json) return json;
    const size = /^file is (\d+) KB; (?:the limit is|a settings file is at most) (\d+) KB$/.exec(message);
    if (size) return at(TIERS.file, 'tooLarge', { size: Number(size[1]), limit: Number(size[2]) });
    const holds = /^(?:must be a JSON object.*?|expected Object)(?:, got (.+))?$/s.exec(message);
    if (holds) return at(TIERS.notObject, 'notObject', { holds: holds[1] ?? '' });
  }
  if (kind === 'settings' && path === 'format') {
    if (/this is a position pack/.test(message)) return at(TIERS.kind, 'packNotSettings');
    return at(TIERS.kind, 'notSettings');
  }
  if (kind === 'settings' && path === 'version') {
    const newer = /^file version (\d+) comes from a newer Fackkoll; this one reads version (\d+)$/.exec(
      message,
    );
    if (newer) return at(TIERS.version, 'newerFile', { version: Number(newer[1]), reads: Number(newer[2]) });
    return at(TIERS.version, 'badVersion');
  }
  if (kind === 'pack' && path === 'format') {
    if (/got "fackkoll-settings"$/.test(message)) return at(TIERS.kind, 'settingsNotPack');
    return at(TIERS.kind, 'notPack');
  }
  if (kind === 'pack' && path === 'minExtensionVersion') {
    const needs = /^needs Fackkoll (\S+) or newer \(this is (\S+)\)$/.exec(message);
    if (needs)
      return at(TIERS.version, 'newerExtension', { needed: needs[1] ?? '', current: needs[2] ?? '' });
  }
  if (kind === 'pack' && path === 'formatVersion') {
    const newer = /^expected (\d+), got (\d+)$/.exec(message);
    if (newer && Number(newer[2]) > Number(newer[1]))
      return at(TIERS.version, 'newerFormat', { version: Number(newer[2]), reads: Number(newer[1]) });
    return at(TIERS.version, 'badFormatVersion');
  }
  return undefined;
}

function refusal(message: string): Problem | undefined {
  const found = /^(pattern|cue) "(.*)" refused: (.+)$/s.exec(message);
  if (!found) return undefined;
  const reason = match(REASON_RULES, found[3] ?? '') ?? { code: 'other', params: {} };
  return {
    tier: TIERS.field,
    code: found[1] === 'cue' ? 'cueRefused' : 'patternRefused',
    params: { term: found[2] ?? '' },
    inner: reason,
  };
}

const COMBINED = 'together with your current settings: ';

export function classify(error: LocatedError, kind: ImportKind): Problem {
  const file = fileProblem(error, kind);
  if (file) return file;
  if (error.message.startsWith(COMBINED)) {
    const inner = classify({ path: error.path, message: error.message.slice(COMBINED.length) }, kind);
    return {
      tier: TIERS.field,
      code: 'combined',
      params: {},
      inner: { code: inner.code, params: inner.params },
    };
  }
  const refused = refusal(error.message);
  if (refused) return refused;
  const field = match(FIELD_RULES, error.message);
  return { tier: TIERS.field, ...(field ?? { code: 'other', params: {} }) };
}
