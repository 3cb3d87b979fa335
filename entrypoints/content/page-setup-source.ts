/**
 * Where the content script gets what it highlights with and what the card shows: the stored page
 * setup and packs copy (storage/page-setup.ts), or the background when they are missing (right
 * after install) or for the other language (English asked for on this page only).
 */
import type { PositionPack } from '../../core/pack/schema';
import { sendMessage } from '../../messaging/messenger';
import {
  type PacksCopy,
  type PageSetup,
  packsCopyItem,
  pageSetupItem,
  usableSetup,
} from '../../storage/page-setup';

export async function loadPageSetup(english: boolean): Promise<PageSetup> {
  const stored = usableSetup(await pageSetupItem.getValue().catch(() => null), english);
  return stored ?? sendMessage('getPageSetup', { english });
}

/** The active packs, for the card and the popup's ranking: read when first needed, not at page load. */
export async function loadPacks(english: boolean): Promise<PositionPack[]> {
  const stored = await storedPacks();
  if (stored) return stored;
  // Asking for the setup makes the background store the packs beside it.
  await sendMessage('getPageSetup', { english });
  return (await storedPacks()) ?? [];
}

async function storedPacks(): Promise<PositionPack[] | undefined> {
  return packsOf(await packsCopyItem.getValue().catch(() => null));
}

/** Calls back with each new stored packs copy; returns the unsubscribe function. */
export function watchPacks(onChange: (packs: PositionPack[]) => void): () => void {
  return packsCopyItem.watch((copy) => {
    const packs = packsOf(copy);
    if (packs) onChange(packs);
  });
}

/** The copy's packs when they are whole enough to show; a damaged copy is read as none. */
function packsOf(copy: PacksCopy | null): PositionPack[] | undefined {
  const packs = copy?.packs;
  const whole =
    Array.isArray(packs) &&
    packs.every(
      (p) => typeof p === 'object' && p !== null && Array.isArray(p.topics) && Array.isArray(p.positions),
    );
  return whole ? packs : undefined;
}
