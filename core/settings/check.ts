/** Settings validation that says what is wrong and where, for the options page and imports. */
import * as v from 'valibot';
import { issueErrors, type LocatedError } from '../located-error';
import { SettingsSchema } from './schema';

/** Paths are inside the settings object, e.g. `alwaysSites[3]`; `$` for the whole object. */
export function settingsErrors(value: unknown): LocatedError[] {
  const result = v.safeParse(SettingsSchema, value);
  return result.success ? [] : issueErrors(result.issues);
}
