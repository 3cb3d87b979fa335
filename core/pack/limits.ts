/**
 * Limits on imported packs that keep pages fast: every term of every enabled pack is compiled into
 * the one regex the highlighter runs over each page, and all packs are read by every tab. The
 * schema takes its topic limit from here, the options page states them, and docs/position-packs.md
 * says the same numbers (tests/unit/core/pack/docs-limits.test.ts compares them).
 */
import type { LocatedError } from '../located-error';
import type { PositionPack } from './schema';

export const PACK_LIMITS = {
  /** JSON size of one pack (the bundled pack is about 35 KB). */
  packBytes: 256 * 1024,
  /** Imported packs kept, enabled or not. */
  packs: 10,
  /** Also the schema's limit (schema.ts), so a valid pack is one Fackkoll can import. */
  topicsPerPack: 30,
  /** Lexicon patterns (Swedish, English and exclusions) of one pack. */
  termsPerPack: 600,
  /** Topics and patterns of all imported packs together. */
  topicsTotal: 60,
  termsTotal: 2000,
} as const;

export function packBytes(pack: unknown): number {
  return new TextEncoder().encode(JSON.stringify(pack)).length;
}

export function termCount(pack: PositionPack): number {
  return pack.lexicon.reduce((n, e) => n + e.sv.length + e.en.length + e.exclude.length, 0);
}

/** Errors for a pack that is valid but too big, alone or next to the packs already imported. */
export function packLimitErrors(pack: PositionPack, others: readonly PositionPack[]): LocatedError[] {
  const errors: LocatedError[] = [];
  const topics = others.reduce((n, p) => n + p.topics.length, pack.topics.length);
  const terms = others.reduce((n, p) => n + termCount(p), termCount(pack));
  // A pack over topicsPerPack never gets here: the schema refuses it with the same words.
  if (topics > PACK_LIMITS.topicsTotal) {
    errors.push({
      path: 'topics',
      message: `imported packs would have ${topics} topics together; the limit is ${PACK_LIMITS.topicsTotal}`,
    });
  }
  if (termCount(pack) > PACK_LIMITS.termsPerPack) {
    errors.push({
      path: 'lexicon',
      message: `${termCount(pack)} patterns; a pack may have at most ${PACK_LIMITS.termsPerPack}`,
    });
  } else if (terms > PACK_LIMITS.termsTotal) {
    errors.push({
      path: 'lexicon',
      message: `imported packs would have ${terms} patterns together; the limit is ${PACK_LIMITS.termsTotal}`,
    });
  }
  if (others.length + 1 > PACK_LIMITS.packs) {
    errors.push({ path: '$', message: `at most ${PACK_LIMITS.packs} imported packs; remove one first` });
  }
  return errors;
}
