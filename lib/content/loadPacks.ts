/**
 * The seam through which the content script gets its packs: the bundled pack plus the user's
 * enabled imports (lib/packs owns how they are stored).
 */

import type { PositionPack } from '../pack/schema';
import { getActivePacks, watchActivePacks } from '../packs/active-packs';

export function loadPacks(): Promise<PositionPack[]> {
  return getActivePacks();
}

export function watchPacks(onChange: (packs: PositionPack[]) => void): () => void {
  return watchActivePacks(onChange);
}
