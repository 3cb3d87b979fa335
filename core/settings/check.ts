/** Settings validation that says what is wrong and where, for the options page and imports. */
import * as v from 'valibot';
import { formatPath } from '../pack/pack-error';
import { SettingsSchema } from './schema';

export interface SettingsError {
  /** JSON path inside the settings object, e.g. `alwaysSites[3]`; `$` for the whole object. */
  path: string;
  message: string;
}

/** A valibot issue in words a person editing the JSON can act on. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'custom') return issue.message;
  if (issue.type === 'strict_object' && issue.expected === 'never') return `unknown field ${issue.received}`;
  if (issue.kind === 'schema' && issue.received === 'undefined')
    return `missing (expected ${issue.expected})`;
  if (issue.kind === 'schema') return `expected ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

export function settingsErrors(value: unknown): SettingsError[] {
  const result = v.safeParse(SettingsSchema, value);
  if (result.success) return [];
  return result.issues.map((issue) => ({
    path: formatPath(issue.path?.map((item) => item.key) ?? []),
    message: describeIssue(issue),
  }));
}
