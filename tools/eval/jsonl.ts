/**
 * JSON Lines reading shared by classify and eval. The eval sets disagree on field names
 * (`id`/`text` vs `sentence_id`/`sentence`), so both are accepted here and nowhere else.
 */

export interface TextRecord {
  id: string;
  text: string;
  /** The parsed object, for set-specific fields such as `topics` or `topic`. */
  raw: Record<string, unknown>;
}

export class LineError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** Parses one non-blank line; throws LineError naming the 1-based line number. */
export function parseRecord(line: string, lineNumber: number): TextRecord {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    throw new LineError(lineNumber, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new LineError(lineNumber, 'expected a JSON object');
  }
  const record = raw as Record<string, unknown>;
  const id = record.id ?? record.sentence_id;
  const text = record.text ?? record.sentence;
  if (typeof id !== 'string' && typeof id !== 'number') throw new LineError(lineNumber, 'missing "id"');
  if (typeof text !== 'string') throw new LineError(lineNumber, 'missing "text" (or "sentence")');
  return { id: String(id), text, raw: record };
}

/** Whole-file variant for the eval, where a malformed line is a broken data set: fail loudly. */
export function parseJsonl(content: string): TextRecord[] {
  const records: TextRecord[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() !== '') records.push(parseRecord(line, i + 1));
  });
  return records;
}
