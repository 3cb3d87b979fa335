/** What the options page does to imported packs; each change reaches open tabs through storage events. */
import { BUNDLED_PACK } from '../core/pack/bundled';
import { checkPackForImport, type PackCheck } from '../core/pack/check-import';
import type { PositionPack } from '../core/pack/schema';
import { withTopicsReset } from '../core/settings/topics';
import { getImportedPacks, setImportedPacks } from './packs';
import { settingsItem } from './settings';

/** Checks `input` against the installed packs; a pack with the same id would be replaced. */
export async function checkNewPack(input: unknown): Promise<PackCheck> {
  const installed = await getImportedPacks();
  const id = (input as { id?: unknown } | null)?.id;
  return checkPackForImport(
    input,
    BUNDLED_PACK,
    installed.filter((p) => p.pack.id !== id).map((p) => p.pack),
  );
}

/** Adds a checked pack, enabled, or replaces the one with its id (keeping its on/off choice). */
export async function addPack(pack: PositionPack, now = new Date()): Promise<void> {
  const installed = await getImportedPacks();
  const old = installed.find((p) => p.pack.id === pack.id);
  const entry = { pack, enabled: old?.enabled ?? true, importedAt: now.toISOString() };
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
