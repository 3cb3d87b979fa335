import { formatPath, type LocatedError } from '../../core/located-error';
/**
 * Structure checks run on a parsed file before any schema sees it: keys that could reach an
 * object's prototype, and nesting far deeper than the format ever goes. Iterative, so a hostile
 * file cannot exhaust the stack.
 */

/** The deepest our format goes is about 8 levels (packs[0].pack.sources[0].title.sv). */
export const MAX_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function unsafeStructureErrors(root: unknown): LocatedError[] {
  const errors: LocatedError[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0 && errors.length < 20) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_DEPTH) {
      errors.push({
        path: formatPath(path.slice(0, 2)),
        message: `nested more than ${MAX_DEPTH} levels deep; not a Fackkoll file`,
      });
      break;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, Array.isArray(value) ? Number(key) : key];
      if (FORBIDDEN_KEYS.has(key))
        errors.push({ path: formatPath(childPath), message: `the key "${key}" is not allowed` });
      else stack.push({ value: child, path: childPath });
    }
  }
  return errors;
}
