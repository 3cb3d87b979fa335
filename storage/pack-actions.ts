/** What the options page does to imported packs; each change reaches open tabs through storage events. */

import type { LocatedError } from '../core/located-error';
import { BUNDLED_PACK } from '../core/pack/bundled';
import { checkPackForImport, type PackCheck } from '../core/pack/check-import';
import type { PositionPack } from '../core/pack/schema';
import { verifyPack } from '../core/pack/signature';
import {
  compareVersions,
  decideTrust,
  type Installed,
  TRUST_REFUSALS,
  type TrustDecision,
  type TrustRefusal,
} from '../core/pack/trust';
import { sameJson } from '../core/settings/same-json';
import { withTopicsReset } from '../core/settings/topics';
import { EXTENSION_VERSION } from './extension-version';
import { getImportedPacks, type StoredPack, setImportedPacks } from './packs';
import { settingsItem } from './settings';

/** A pack that passed every check, with what installing it would mean. */
export type PackImport =
  | {
      ok: true;
      pack: PositionPack;
      trust: Extract<TrustDecision, { ok: true }>;
      installed: StoredPack | undefined;
    }
  /** `refused`: the pack is sound but may not replace the installed one (its signature). */
  | { ok: false; errors: LocatedError[]; refused?: TrustRefusal; installedVersion?: string };

/**
 * Checks `input` against the installed packs (a pack with the same id would be replaced) and its
 * signature against the key pinned for that id.
 */
export async function checkNewPack(input: unknown): Promise<PackImport> {
  const installed = await getImportedPacks();
  const id = (input as { id?: unknown } | null)?.id;
  const same = installed.find((p) => p.pack.id === id);
  const check: PackCheck = checkPackForImport(
    input,
    BUNDLED_PACK,
    installed.filter((p) => p !== same).map((p) => p.pack),
  );
  if (!check.ok) return check;
  const needs = check.pack.minExtensionVersion;
  const current = EXTENSION_VERSION;
  if (needs !== undefined && compareVersions(needs, current) > 0)
    return {
      ok: false,
      errors: [
        { path: 'minExtensionVersion', message: `needs Fackkoll ${needs} or newer (this is ${current})` },
      ],
    };
  const trust = decideTrust(check.pack, await verifyPack(check.pack), same && pinOf(same));
  if (!trust.ok)
    return {
      ok: false,
      refused: trust.reason,
      errors: [{ path: 'signature', message: TRUST_REFUSALS[trust.reason] }],
      installedVersion: same?.pack.version,
    };
  return { ok: true, pack: check.pack, trust, installed: same };
}

/** The installed pack changed while its update was being previewed: check the file again. */
export class StalePackError extends Error {
  constructor(readonly packId: string) {
    super(`Pack "${packId}" changed since it was checked; choose the file again`);
    this.name = 'StalePackError';
  }
}

/** What trust needs to know of an installed pack: its pinned key and version. */
export const pinOf = (stored: StoredPack): Installed => ({
  ...(stored.publicKey !== undefined && { publicKey: stored.publicKey }),
  ...(stored.pack.version !== undefined && { version: stored.pack.version }),
});

/**
 * Installs a checked pack, enabled, or replaces the one with its id (keeping its on/off choice).
 * `publicKey`: the key checkNewPack verified, pinned for the id. Nothing is written unless the
 * installed packs are still as checked (no other import slipped in between).
 */
export async function addPack(
  pack: PositionPack,
  now = new Date(),
  publicKey?: string,
  /** The pack with this id when the import was checked (null: none); omitted: not compared. */
  checkedAgainst?: StoredPack | null,
): Promise<void> {
  const installed = await getImportedPacks();
  const old = installed.find((p) => p.pack.id === pack.id);
  if (checkedAgainst !== undefined && !sameJson(old ?? null, checkedAgainst))
    throw new StalePackError(pack.id);
  const key = publicKey ?? old?.publicKey;
  if (old?.publicKey !== undefined && key !== old.publicKey)
    throw new Error(`pack "${pack.id}" is pinned to another key`);
  const entry: StoredPack = {
    pack,
    enabled: old?.enabled ?? true,
    importedAt: now.toISOString(),
    ...(key !== undefined && pack.signature?.publicKey === key && { publicKey: key }),
  };
  await setImportedPacks(old ? installed.map((p) => (p === old ? entry : p)) : [...installed, entry]);
}

export async function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  const installed = await getImportedPacks();
  await setImportedPacks(installed.map((p) => (p.pack.id === id ? { ...p, enabled } : p)));
}

/** Removes the pack and forgets the colour and on/off choices made for its topics. */
export async function removePack(id: string): Promise<void> {
  const installed = await getImportedPacks();
  const removed = installed.find((p) => p.pack.id === id);
  if (!removed) return;
  await setImportedPacks(installed.filter((p) => p !== removed));
  const settings = await settingsItem.getValue();
  await settingsItem.setValue(
    withTopicsReset(
      settings,
      removed.pack.topics.map((t) => t.id),
    ),
  );
}
