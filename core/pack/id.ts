/**
 * The id of everything a pack defines (topics, sources, positions, figures): a lower-case slug,
 * so ids stay stable in URLs, storage keys, CSS selectors and message payloads. Defined here only;
 * tests/unit/lint/single-definitions.test.ts keeps every other shipped file from writing it again.
 */
import * as v from 'valibot';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 64;

export function isId(value: string): boolean {
  return value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
}

export const IdSchema = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be a lower-case slug (a-z, 0-9, single hyphens)'),
  v.maxLength(ID_MAX_LENGTH, `must be at most ${ID_MAX_LENGTH} characters`),
);

/** A topic id where the reader may not know that is what the field holds (settings, imports). */
export const TopicIdSchema = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be a topic id (a lower-case slug)'),
  v.maxLength(ID_MAX_LENGTH, `must be at most ${ID_MAX_LENGTH} characters`),
);
