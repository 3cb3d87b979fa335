/**
 * Applies a confirmed import. Refuses if the stored state moved since the preview (another tab,
 * a sync), so the user never confirms one change and gets another.
 */

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

export async function readImportState(): Promise<ImportState> {
  const [settings, packs] = await Promise.all([settingsItem.getValue(), getImportedPacks()]);
  return { settings, packs };
}

export async function applyImport(plan: { before: ImportState; after: ImportState }): Promise<void> {
  const now = await readImportState();
  if (!sameJson(now, plan.before)) throw new StaleImportError();
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
