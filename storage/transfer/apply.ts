/**
 * Applies a confirmed import. Refuses if the stored state moved since the preview (another tab,
 * a sync), so the user never confirms one change and gets another.
 */

import { verifyPack } from '../../core/pack/signature';
import { sameJson } from '../../core/settings/same-json';
import { getImportedPacks, setImportedPacks } from '../packs';
import { settingsItem } from '../settings';
import type { ImportState } from './parse-import';

export class StaleImportError extends Error {
  constructor() {
    super('Settings changed since the preview; review the import again');
    this.name = 'StaleImportError';
  }
}

export class TamperedPackError extends Error {
  constructor(readonly packId: string) {
    super(`Pack "${packId}" was changed after it was signed; nothing was imported`);
    this.name = 'TamperedPackError';
  }
}

export async function readImportState(): Promise<ImportState> {
  const [settings, packs] = await Promise.all([settingsItem.getValue(), getImportedPacks()]);
  return { settings, packs };
}

export async function applyImport(plan: { before: ImportState; after: ImportState }): Promise<void> {
  const now = await readImportState();
  if (!sameJson(now, plan.before)) throw new StaleImportError();
  // parse-import checked whose key signed each pack; here, that each signature is sound.
  for (const entry of plan.after.packs) {
    const unchanged = plan.before.packs.some((p) => sameJson(p, entry));
    if (!unchanged && entry.pack.signature && (await verifyPack(entry.pack)).status !== 'valid')
      throw new TamperedPackError(entry.pack.id);
  }
  // Only what changes is written, so an import of what is already there leaves storage as it was.
  const settingsChange = !sameJson(plan.before.settings, plan.after.settings);
  const packsChange = !sameJson(plan.before.packs, plan.after.packs);
  // Settings first: they are the write a quota could refuse, and then nothing has changed yet.
  if (settingsChange) await settingsItem.setValue(plan.after.settings);
  try {
    if (packsChange) await setImportedPacks(plan.after.packs);
  } catch (error) {
    if (settingsChange) await settingsItem.setValue(plan.before.settings);
    throw error;
  }
}
