/**
 * One thing wrong in a JSON document a person wrote or edited (a position pack, the settings, an
 * import file), located so they can find it, and valibot's issues said in words they can act on.
 */
import type * as v from 'valibot';

export interface LocatedError {
  /** Where in the document, e.g. `topics[3].color` or `settings.alwaysSites[2]`; `$` is the whole. */
  path: string;
  message: string;
}

/** Formats `['topics', 3, 'color']` as `topics[3].color`, the way people read JSON paths. */
export function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path || '$';
}

/** A valibot issue in words a person editing the JSON can act on. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  // Valibot's own messages start with "Invalid"; any other was written for people (custom checks).
  if (issue.type === 'custom' || !issue.message.startsWith('Invalid ')) return issue.message;
  // Valibot reports an unknown key in a strict object as "expected never"; say it plainly.
  if (issue.expected === 'never') return `unknown field ${issue.received}`;
  if (issue.received === 'undefined') {
    // For a missing key valibot expects the key's name, which the path already ends with.
    const key = issue.path?.at(-1)?.key;
    const named = issue.expected === JSON.stringify(key);
    return named ? 'missing required field' : `missing required field ${issue.expected}`;
  }
  if (issue.kind === 'schema') return `expected ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

/** Every issue of a failed parse, located. */
export function issueErrors(issues: readonly v.BaseIssue<unknown>[]): LocatedError[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path?.map((item) => item.key) ?? []),
    message: describeIssue(issue),
  }));
}
