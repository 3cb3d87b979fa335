/**
 * Imported position packs, in `local` (packs are large; sync allows 8 KB an item). Each keeps
 * its own on/off switch; the bundled pack is not stored here and is always available.
 */
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { BUNDLED_PACK } from '../core/pack/bundled';
import { checkPackForImport } from '../core/pack/check-import';
import type { PositionPack } from '../core/pack/schema';

export interface StoredPack {
  pack: PositionPack;
  enabled: boolean;
  /** ISO time of the import, shown in the list. */
  importedAt: string;
  /**
   * The publisher's key, pinned when the pack was first installed signed: from then on only a
   * newer version signed by it replaces the pack (core/pack/trust.ts). Absent: unsigned.
   */
  publicKey?: string;
}

const EntryShape = v.looseObject({
  pack: v.unknown(),
  enabled: v.boolean(),
  importedAt: v.string(),
  publicKey: v.optional(v.string()),
});

export const importedPacksItem = storage.defineItem<unknown>('local:packs', {
  fallback: [],
  version: 2,
  migrations: {
    /**
     * 2: entries may pin the publisher's key (`publicKey`). Version 1 had no signatures, so its
     * entries are unsigned installs as they are; anything else is left for readStoredPacks to check.
     */
    2: (old: unknown) => old,
  },
});

export interface StoredPacksRead {
  packs: StoredPack[];
  /** True when something stored was dropped or fixed; the caller may write `packs` back. */
  repaired: boolean;
}

/** Every entry re-checked as at import: what is stored in `local` is only as trusted as the disk. */
export function readStoredPacks(raw: unknown): StoredPacksRead {
  if (!Array.isArray(raw)) return { packs: [], repaired: raw != null };
  const packs: StoredPack[] = [];
  for (const entry of raw) {
    if (!v.is(EntryShape, entry)) continue;
    const others = packs.map((p) => p.pack);
    const check = checkPackForImport(entry.pack, BUNDLED_PACK, others);
    if (!check.ok) continue;
    const { enabled, importedAt, publicKey } = entry;
    // A pin that no longer matches the pack's own key is not kept: the pack shows as unsigned.
    const pinned = publicKey !== undefined && publicKey === check.pack.signature?.publicKey;
    packs.push({ pack: check.pack, enabled, importedAt, ...(pinned && { publicKey }) });
  }
  return { packs, repaired: packs.length !== raw.length };
}

export async function getImportedPacks(): Promise<StoredPack[]> {
  return readStoredPacks(await importedPacksItem.getValue()).packs;
}

export async function setImportedPacks(packs: readonly StoredPack[]): Promise<void> {
  await importedPacksItem.setValue(packs);
}
