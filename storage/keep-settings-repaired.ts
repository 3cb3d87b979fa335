/**
 * Writes the repaired settings back and tells the user once. Runs in the background (at start and
 * on every change) and when the options page opens; reading contexts only repair in memory.
 */

import { repairSettings } from '../core/settings/repair';
import { addNotice } from './notices';
import { SETTINGS_VERSION, storedSettingsItem } from './settings';

export async function repairStoredSettings(): Promise<boolean> {
  const [raw, meta] = await Promise.all([storedSettingsItem.getValue(), storedSettingsItem.getMeta()]);
  const version = (meta as { v?: unknown }).v;
  // WXT refuses to migrate down and leaves such a value as it is; we keep what still fits.
  const newer = typeof version === 'number' && version > SETTINGS_VERSION;
  const { settings, repaired } = repairSettings(raw);
  if (!repaired && !newer) return false;
  await storedSettingsItem.setValue(settings);
  await storedSettingsItem.setMeta({ v: SETTINGS_VERSION });
  await addNotice(newer ? 'settings-newer-version' : 'settings-repaired');
  return true;
}

/** Repairs now and after every change (a sync from another browser can bring a broken value). */
export function keepSettingsRepaired(): () => void {
  void repairStoredSettings();
  return storedSettingsItem.watch(() => void repairStoredSettings());
}
