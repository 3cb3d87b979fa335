/**
 * The bytes a pack signature covers: JSON with object keys sorted (by UTF-16 code units, as in
 * RFC 8785) and no white space, so a file re-indented or with its keys reordered by an editor
 * still verifies, and any change to a value does not. Numbers and strings are written as
 * JSON.stringify writes them, which is what RFC 8785 specifies.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`cannot sign a ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}
