/**
 * Validates a position pack from any origin (bundled or imported by a user): valibot checks
 * the shape, integrity.ts the references between objects. Pure: no browser API.
 */
import * as v from 'valibot';
import { findIntegrityErrors } from './integrity';
import { formatPath, type PackError } from './pack-error';
import { type PositionPack, PositionPackSchema } from './schema';

export type { PackError } from './pack-error';

export type ParsePackResult = { ok: true; pack: PositionPack } | { ok: false; errors: PackError[] };

type PackIssue = v.InferIssue<typeof PositionPackSchema>;

function describeIssue(issue: PackIssue): string {
  // Valibot's own messages start with "Invalid"; anything else was written for pack authors.
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  if (issue.received === 'undefined') return 'missing required field';
  // Valibot reports an unknown key in a strict object as "expected never"; say it plainly.
  if (issue.expected === 'never') return `unknown field ${issue.received}`;
  if (issue.kind === 'schema') return `expected ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

function issueToError(issue: PackIssue): PackError {
  return { path: formatPath(issue.path?.map((item) => item.key) ?? []), message: describeIssue(issue) };
}

/**
 * Shape first, then integrity: cross-references can only be checked on a well-formed pack,
 * so a malformed pack reports only its shape errors.
 */
export function parsePack(input: unknown): ParsePackResult {
  const result = v.safeParse(PositionPackSchema, input);
  if (!result.success) return { ok: false, errors: result.issues.map(issueToError) };
  const errors = findIntegrityErrors(result.output);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack: result.output };
}
