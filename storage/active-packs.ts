/**
 * The packs whose topics are highlighted and explained: the bundled one plus the user's
 * enabled imports (the options page owns imports; this is the seam every context reads).
 */
import { BUNDLED_PACK } from '../core/pack/bundled';
import type { PositionPack } from '../core/pack/schema';
import { importedPacksItem, readStoredPacks } from './packs';

function activeOf(raw: unknown): PositionPack[] {
  return [
    BUNDLED_PACK,
    ...readStoredPacks(raw)
      .packs.filter((p) => p.enabled)
      // Signed means signed by the key pinned at install: a pack without a pin is shown unsigned
      // everywhere (the popup reads `signature`, the options page the pin).
      .map((p) =>
        p.publicKey === undefined && p.pack.signature ? { ...p.pack, signature: undefined } : p.pack,
      ),
  ];
}

export async function getActivePacks(): Promise<PositionPack[]> {
  return activeOf(await importedPacksItem.getValue());
}

/** Calls back whenever the active packs change; returns the unsubscribe function. */
export function watchActivePacks(onChange: (packs: PositionPack[]) => void): () => void {
  return importedPacksItem.watch((raw) => onChange(activeOf(raw)));
}
