/**
 * Everything an imported pack must pass before it is stored: size, the published schema and
 * integrity (parsePack), lexicon patterns, limits, and ids that do not clash with other packs.
 */

import { receivedOf } from '../import-errors/read-json';
import type { LocatedError } from '../located-error';
import { lexiconErrors } from './lexicon-check';
import { PACK_LIMITS, packBytes, packLimitErrors } from './limits';
import type { PositionPack } from './schema';
import { parsePack } from './validate';

export type PackCheck = { ok: true; pack: PositionPack } | { ok: false; errors: LocatedError[] };

function clashErrors(
  pack: PositionPack,
  bundled: PositionPack,
  others: readonly PositionPack[],
): LocatedError[] {
  const errors: LocatedError[] = [];
  if (pack.id === bundled.id)
    errors.push({ path: 'id', message: `"${pack.id}" is the id of the built-in pack` });
  const owners = new Map<string, string>();
  for (const p of [bundled, ...others]) for (const t of p.topics) owners.set(t.id, p.id);
  pack.topics.forEach((topic, i) => {
    const owner = owners.get(topic.id);
    if (owner)
      errors.push({
        path: `topics[${i}].id`,
        message: `topic "${topic.id}" already comes from pack "${owner}"`,
      });
  });
  return errors;
}

/**
 * `others` are the imported packs the new one would sit beside (a pack with the same id is
 * being replaced, so the caller leaves it out).
 */
export function checkPackForImport(
  input: unknown,
  bundled: PositionPack,
  others: readonly PositionPack[],
): PackCheck {
  const bytes = packBytes(input);
  if (bytes > PACK_LIMITS.packBytes) {
    return {
      ok: false,
      errors: [
        {
          path: '$',
          message: `pack is ${Math.ceil(bytes / 1024)} KB; the limit is ${PACK_LIMITS.packBytes / 1024} KB`,
        },
      ],
    };
  }
  // Valibot takes a list for an object; a list of packs is still not a pack.
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, errors: [{ path: '$', message: `expected Object, got ${receivedOf(input)}` }] };
  const parsed = parsePack(input);
  if (!parsed.ok) return parsed;
  const errors = [
    ...lexiconErrors(parsed.pack),
    ...clashErrors(parsed.pack, bundled, others),
    ...packLimitErrors(parsed.pack, others),
  ];
  return errors.length > 0 ? { ok: false, errors } : parsed;
}
