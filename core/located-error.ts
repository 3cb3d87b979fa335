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
  return limitMessage(issue) ?? issue.message;
}

/** Valibot's sizes and bounds ("Invalid length: Expected <=40 but received 1000") in words. */
function limitMessage(issue: v.BaseIssue<unknown>): string | undefined {
  const { requirement } = issue as { requirement?: unknown };
  const list = Array.isArray(issue.input);
  switch (issue.type) {
    case 'max_length':
      return list
        ? `${(issue.input as unknown[]).length} items; at most ${requirement}`
        : `must be at most ${requirement} characters`;
    case 'min_length':
      if (list) return `must have at least ${requirement} ${requirement === 1 ? 'item' : 'items'}`;
      return requirement === 1 ? 'must not be empty' : `must be at least ${requirement} characters`;
    case 'max_value':
      return `must be at most ${requirement}`;
    case 'min_value':
      return `must be at least ${requirement}`;
    case 'integer':
      return 'must be a whole number';
    default:
      return undefined;
  }
}

/** Every issue of a failed parse, located. */
export function issueErrors(issues: readonly v.BaseIssue<unknown>[]): LocatedError[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path?.map((item) => item.key) ?? []),
    message: describeIssue(issue),
  }));
}
