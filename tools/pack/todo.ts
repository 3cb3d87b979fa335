/**
 * Placeholders left in a pack. `new` and `draft` mark everything a person must write with TODO;
 * every such text is also valid in the format, so only this search keeps one from being published.
 */
import { formatPath, type LocatedError } from '../../core/located-error';

/** TODO as a word, in any case, so ids ("todo-pack-id") are caught as well as texts. */
const TODO = /\btodo\b/i;

export function findTodos(value: unknown, keys: (string | number)[] = []): LocatedError[] {
  if (typeof value === 'string') {
    if (!TODO.test(value)) return [];
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return [{ path: formatPath(keys), message: `still TODO: "${shown}"` }];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findTodos(item, [...keys, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => findTodos(item, [...keys, key]));
  return [];
}
