/**
 * Reading a file a person chose (a settings file, a position pack) into JSON, with errors that
 * say where and what in our own words, never the engine's. Pure: no browser API.
 */
import type { LocatedError } from '../located-error';
import { findJsonSyntaxError, JSON_PROBLEMS } from './json-syntax';

export type JsonRead = { ok: true; value: unknown } | { ok: false; error: LocatedError };

/** The message of a JSON error: `not valid JSON: <problem> at line 3, column 14`. */
export const NOT_JSON = 'not valid JSON';

export function readJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const found = findJsonSyntaxError(text);
    if (!found) return { ok: false, error: { path: '$', message: NOT_JSON } };
    const where = found.problem === 'empty' ? '' : ` at line ${found.line}, column ${found.column}`;
    return {
      ok: false,
      error: { path: '$', message: `${NOT_JSON}: ${JSON_PROBLEMS[found.problem]}${where}` },
    };
  }
}

/** A file refused for its size before it is read. */
export function tooLargeError(bytes: number, limitBytes: number): LocatedError {
  return {
    path: '$',
    message: `file is ${Math.ceil(bytes / 1024)} KB; the limit is ${Math.floor(limitBytes / 1024)} KB`,
  };
}

/** What a JSON value is, in the words valibot uses for `received` (`Array`, `null`, `"text"`, `42`). */
export function receivedOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'Object';
  return String(value);
}
