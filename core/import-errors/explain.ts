/**
 * Why an import was refused, said so a person can act on it: one sentence on what is wrong (the
 * most basic problem first: not JSON, not an object, another kind of file, another version, and
 * only then the fields), at most five details with the place in words ("topic 2, colour"), and
 * every error as the checks wrote it (path and English message) for whoever wants the technical
 * detail. The words come from the locale files through `say`. Pure: no browser API.
 */
import type { LocatedError } from '../located-error';
import {
  classify,
  HEADLINE_FIELD_CODES,
  type ImportKind,
  type Params,
  type Problem,
  TIERS,
} from './problems';
import { quoted, readablePath } from './readable-path';
import type { Say } from './say';

export type { ImportKind };

export interface ImportErrorText {
  /** One sentence: the most basic thing wrong. */
  headline: string;
  /** At most MAX_DETAILS lines, each a place in words and what is wrong there. */
  details: string[];
  /** Problems that did not fit among the details; `technical` lists them. */
  more: number;
  /** Every error, most basic first, as `path: message`. */
  technical: string[];
}

export const MAX_DETAILS = 5;

/** Valibot's names for types, said in words (importErrors.type.<name>). */
export const TYPE_WORDS = ['boolean', 'string', 'number', 'Array', 'Object'] as const;
const TYPES = new Set<string>(TYPE_WORDS);

/** The JSON problem codes of json-syntax.ts as locale keys (importErrors.json.<key>). */
const camel = (code: string) => code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A value as valibot writes it (`"yes"`, `42`, `Array`) in words: “yes”, 42, a list. */
function valueWords(token: string, say: Say): string {
  if (TYPES.has(token)) return say(`importErrors.type.${token}`);
  if (/^".*"$/s.test(token)) {
    let text = token.slice(1, -1);
    try {
      text = JSON.parse(token) as string;
    } catch {
      // valibot does not escape the quotes inside; the text between the outer ones will do.
    }
    return quoted(text, say);
  }
  return token.length > 40 ? `${token.slice(0, 40)}…` : token;
}

function oneOf(options: string[], say: Say): string {
  if (options.length < 2) return options[0] ?? '';
  return `${options.slice(0, -1).join(', ')} ${say('importErrors.or')} ${options.at(-1)}`;
}

/** The substitutions of a problem's text, each in words. */
function words(problem: Described, kind: ImportKind, say: Say): Params {
  const { code, params } = problem;
  const out: Params = { ...params, kind: say(`importErrors.kind.${kind}`) };
  if (code === 'wrongType') {
    const expected = String(params.expected).replace(/^\((.*)\)$/s, '$1');
    out.expected = oneOf(
      expected.split(' | ').map((token) => valueWords(token, say)),
      say,
    );
    out.got = valueWords(String(params.got), say);
  }
  if (code === 'notObject') out.holds = valueWords(String(params.holds || 'null'), say);
  if (code === 'json') out.problem = say(`importErrors.json.${camel(String(params.problem))}`);
  if (code === 'duplicateId') out.other = readablePath(String(params.other), say);
  if (code === 'unknownField' || code === 'unsafeKey') delete out.key;
  for (const name of ['id', 'term', 'topic', 'pack', 'source', 'char'] as const) {
    if (typeof params[name] === 'string') out[name] = quoted(params[name], say);
  }
  return out;
}

type Described = Pick<Problem, 'code' | 'params' | 'inner'>;

function problemText(problem: Described, kind: ImportKind, say: Say): string {
  const named = words(problem, kind, say);
  if (problem.code === 'combined' && problem.inner) named.problem = problemText(problem.inner, kind, say);
  if ((problem.code === 'patternRefused' || problem.code === 'cueRefused') && problem.inner)
    named.reason = say(`importErrors.reason.${problem.inner.code}`, words(problem.inner, kind, say));
  return say(`importErrors.problem.${problem.code}`, named);
}

function detail(error: LocatedError, problem: Problem, kind: ImportKind, say: Say): string {
  const where = readablePath(error.path, say);
  const what = problemText(problem, kind, say);
  return capitalise(
    where ? say('importErrors.at', { where, problem: what }) : say('importErrors.whole', { problem: what }),
  );
}

/** What to do about a file that is not what it should be. */
function hints(problem: Problem, kind: ImportKind, say: Say): string[] {
  switch (problem.code) {
    case 'json':
      return [say('importErrors.hint.jsonWhere', problem.params), say(`importErrors.hint.fix.${kind}`)];
    case 'empty':
    case 'html':
    case 'jsonUnknown':
      return [say(`importErrors.hint.fix.${kind}`)];
    case 'notObject':
    case 'notSettings':
    case 'notPack':
    case 'tooDeep':
    case 'badVersion':
    case 'badFormatVersion':
      return [say(`importErrors.hint.choose.${kind}`)];
    case 'newerFile':
    case 'newerFormat':
    case 'newerExtension':
      return [say('importErrors.hint.update')];
    default:
      return [];
  }
}

function countHeadline(problems: readonly Problem[], say: Say): string {
  const all = (code: string) => problems.every((p) => p.code === code);
  const key = all('unknownField')
    ? 'unknownFields'
    : all('missing')
      ? 'missingFields'
      : all('unsafeKey')
        ? 'unsafeKeys'
        : 'fieldErrors';
  return say(`importErrors.count.${key}`, {}, problems.length);
}

export function explainImportErrors(
  errors: readonly LocatedError[],
  kind: ImportKind,
  say: Say,
): ImportErrorText {
  const sorted = errors
    .map((error) => ({ error, problem: classify(error, kind) }))
    .sort((a, b) => a.problem.tier - b.problem.tier);
  const technical = sorted.map(({ error }) => `${error.path}: ${error.message}`);
  const first = sorted[0];
  if (!first) return { headline: say('importErrors.headline.unreadable'), details: [], more: 0, technical };

  if (first.problem.tier < TIERS.field) {
    return {
      headline: say(`importErrors.headline.${first.problem.code}`, words(first.problem, kind, say)),
      details: hints(first.problem, kind, say),
      more: 0,
      technical,
    };
  }

  const lead = HEADLINE_FIELD_CODES.map((code) => sorted.find((s) => s.problem.code === code)).find(
    (s) => s !== undefined,
  );
  const headline = lead
    ? say(`importErrors.headline.${lead.problem.code}`, words(lead.problem, kind, say))
    : countHeadline(
        sorted.map((s) => s.problem),
        say,
      );
  // A problem the headline states is not repeated below it.
  const listed = sorted.filter((s) => s !== lead);
  const details = listed.slice(0, MAX_DETAILS).map(({ error, problem }) => detail(error, problem, kind, say));
  return { headline, details, more: listed.length - details.length, technical };
}
