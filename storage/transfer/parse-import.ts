/**
 * Reads an import file into a plan: the settings and packs the user would have afterwards.
 * Pure and read-only, so a refused file cannot have changed anything; every error carries the JSON
 * path of what is wrong.
 */

import * as v from 'valibot';
import { readJson, receivedOf, tooLargeError } from '../../core/import-errors/read-json';
import { isRecord } from '../../core/is-record';
import { describeIssue, formatPath, type LocatedError } from '../../core/located-error';
import { checkPackForImport } from '../../core/pack/check-import';
import { PACK_LIMITS } from '../../core/pack/limits';
import { PACK_FORMAT, type PositionPack } from '../../core/pack/schema';
import { decideTrust, TRUST_REFUSALS } from '../../core/pack/trust';
import { settingsErrors } from '../../core/settings/check';
import { migrateSettings } from '../../core/settings/migrations';
import { sameJson } from '../../core/settings/same-json';
import { type Settings, SettingsSchema } from '../../core/settings/schema';
import { pinOf } from '../pack-actions';
import type { StoredPack } from '../packs';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES, MAX_REPORTED_ERRORS } from './format';
import { unsafeStructureErrors } from './json-structure';
import { mergePacks, mergeSettings } from './merge';

export interface ImportState {
  settings: Settings;
  packs: StoredPack[];
}

export type ImportResult =
  | { ok: true; before: ImportState; after: ImportState }
  | { ok: false; errors: LocatedError[] };

const fail = (path: string, message: string): ImportResult => ({ ok: false, errors: [{ path, message }] });
const prefixed = (prefix: string, path: string) =>
  path === '$' ? prefix : path.startsWith('[') ? prefix + path : `${prefix}.${path}`;

function envelopeErrors(file: Record<string, unknown>): LocatedError[] {
  const errors: LocatedError[] = [];
  for (const key of Object.keys(file)) {
    if (!['format', 'version', 'exportedAt', 'settings', 'packs'].includes(key))
      errors.push({ path: formatPath([key]), message: `unknown field ${JSON.stringify(key)}` });
  }
  if (file.format !== EXPORT_FORMAT)
    errors.push({
      path: 'format',
      message:
        file.format === PACK_FORMAT
          ? `must be "${EXPORT_FORMAT}": this is a position pack, not a Fackkoll settings file`
          : `must be "${EXPORT_FORMAT}": this is not a Fackkoll settings file`,
    });
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    errors.push({ path: 'version', message: 'must be a whole number from 1' });
  } else if (file.version > EXPORT_VERSION) {
    errors.push({
      path: 'version',
      message: `file version ${file.version} comes from a newer Fackkoll; this one reads version ${EXPORT_VERSION}`,
    });
  }
  if (file.exportedAt !== undefined && (typeof file.exportedAt !== 'string' || file.exportedAt.length > 40)) {
    errors.push({ path: 'exportedAt', message: 'must be a date text' });
  }
  if (!isRecord(file.settings))
    errors.push({ path: 'settings', message: file.settings === undefined ? 'missing' : 'must be an object' });
  if (!Array.isArray(file.packs))
    errors.push({ path: 'packs', message: file.packs === undefined ? 'missing' : 'must be a list' });
  return errors;
}

const EntrySchema = v.strictObject({
  enabled: v.boolean(),
  importedAt: v.pipe(v.string(), v.maxLength(40)),
  /** The key pinned where the file was exported; kept only if it is the pack's own signing key. */
  publicKey: v.optional(v.pipe(v.string(), v.maxLength(100))),
  pack: v.unknown(),
});

function packEntries(
  raw: unknown[],
  current: readonly StoredPack[],
  bundled: PositionPack,
): { packs: StoredPack[]; errors: LocatedError[] } {
  const errors: LocatedError[] = [];
  const packs: StoredPack[] = [];
  const ids = raw.map((e) => (isRecord(e) && isRecord(e.pack) ? e.pack.id : undefined));
  raw.forEach((entry, i) => {
    const shape = v.safeParse(EntrySchema, entry);
    if (!shape.success) {
      for (const issue of shape.issues) {
        const path = formatPath(['packs', i, ...(issue.path?.map((p) => p.key) ?? [])]);
        errors.push({ path, message: describeIssue(issue) });
      }
      return;
    }
    const id = ids[i];
    if (id !== undefined && ids.indexOf(id) !== i) {
      errors.push({
        path: `packs[${i}].pack.id`,
        message: `pack "${String(id)}" appears twice in the file (also packs[${ids.indexOf(id)}])`,
      });
      return;
    }
    // Beside every other pack the user would have: the file's others and the installed ones it keeps.
    const others = [
      ...raw.filter((_, j) => j !== i).map((e) => (e as { pack: unknown }).pack),
      ...current.filter((p) => !ids.includes(p.pack.id)).map((p) => p.pack),
    ];
    const check = checkPackForImport(
      shape.output.pack,
      bundled,
      others.filter(
        (p): p is PositionPack => isRecord(p) && Array.isArray(p.topics) && Array.isArray(p.lexicon),
      ),
    );
    if (!check.ok)
      errors.push(
        ...check.errors.map((e) => ({ path: prefixed(`packs[${i}].pack`, e.path), message: e.message })),
      );
    else {
      // A pack installed signed is replaced only as the pack import would (core/pack/trust.ts);
      // whether the signature itself verifies is checked before anything is written (apply.ts).
      const installed = current.find((p) => p.pack.id === check.pack.id);
      const key = check.pack.signature?.publicKey;
      const claimed = key
        ? ({ status: 'valid', publicKey: key } as const)
        : ({ status: 'unsigned' } as const);
      const trust =
        installed && !sameJson(installed.pack, check.pack)
          ? decideTrust(check.pack, claimed, pinOf(installed))
          : undefined;
      if (trust && !trust.ok)
        errors.push({ path: `packs[${i}].pack.signature`, message: TRUST_REFUSALS[trust.reason] });
      else
        packs.push({
          pack: check.pack,
          enabled: shape.output.enabled,
          importedAt: shape.output.importedAt,
          ...(key !== undefined && { publicKey: key }),
        });
    }
  });
  return { packs, errors };
}

export function parseImport(text: string, before: ImportState, bundled: PositionPack): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, errors: [tooLargeError(bytes, MAX_IMPORT_BYTES)] };
  const json = readJson(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  if (!isRecord(json.value))
    return fail('$', `must be a JSON object (a Fackkoll settings file), got ${receivedOf(json.value)}`);
  const unsafe = unsafeStructureErrors(json.value);
  if (unsafe.length > 0) return { ok: false, errors: unsafe };
  const file = json.value;
  const envelope = envelopeErrors(file);
  if (envelope.length > 0) return { ok: false, errors: envelope };
  if ((file.packs as unknown[]).length > PACK_LIMITS.packs)
    return fail(
      'packs',
      `${(file.packs as unknown[]).length} packs; at most ${PACK_LIMITS.packs} can be imported`,
    );
  // Files exported by an older Fackkoll lack the newer lists (dismissed terms, quiet sites).
  const fileSettings = migrateSettings(file.settings);
  const parsed = v.safeParse(SettingsSchema, fileSettings);
  const errors = settingsErrors(fileSettings).map((e) => ({
    path: prefixed('settings', e.path),
    message: e.message,
  }));
  const packs = packEntries(file.packs as unknown[], before.packs, bundled);
  errors.push(...packs.errors);
  if (errors.length > 0 || !parsed.success)
    return { ok: false, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
  const settings = mergeSettings(before.settings, parsed.output);
  const combined = settingsErrors(settings);
  if (combined.length > 0) {
    return {
      ok: false,
      errors: combined.map((e) => ({
        path: prefixed('settings', e.path),
        message: `together with your current settings: ${e.message}`,
      })),
    };
  }
  return { ok: true, before, after: { settings, packs: mergePacks(before.packs, packs.packs) } };
}
