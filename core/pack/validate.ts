/**
 * Validates a position pack from any origin (bundled or imported by a user): valibot checks
 * the shape, integrity.ts the references between objects. Pure: no browser API.
 */
import * as v from 'valibot';
import { issueErrors, type LocatedError } from '../located-error';
import { findIntegrityErrors } from './integrity';
import { type PositionPack, PositionPackSchema } from './schema';

export type ParsePackResult = { ok: true; pack: PositionPack } | { ok: false; errors: LocatedError[] };

/**
 * Shape first, then integrity: cross-references can only be checked on a well-formed pack,
 * so a malformed pack reports only its shape errors.
 */
export function parsePack(input: unknown): ParsePackResult {
  const result = v.safeParse(PositionPackSchema, input);
  if (!result.success) return { ok: false, errors: issueErrors(result.issues) };
  const errors = findIntegrityErrors(result.output);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack: result.output };
}
