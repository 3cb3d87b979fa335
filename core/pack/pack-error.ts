/** One thing wrong with a pack, located so a pack author can find it in their file. */
export interface PackError {
  /** Where in the pack, e.g. `topics[3].color`; `$` is the pack itself. */
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
