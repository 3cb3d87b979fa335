/**
 * The settings item every context reads. Reads go through repairSettings, so a corrupt value or
 * one synced from a newer version never reaches the highlighter; writes are checked against the
 * schema and the sync budget first, so the browser never refuses them half-way.
 */

import * as v from 'valibot';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { storage } from 'wxt/utils/storage';
import type { LocatedError } from '../core/located-error';
import { settingsErrors } from '../core/settings/check';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../core/settings/migrations';
import { repairSettings } from '../core/settings/repair';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../core/settings/schema';

export { SETTINGS_MIGRATIONS, SETTINGS_VERSION };

/** The raw stored value, as it is: only repair (keep-repaired.ts) and tests should touch it. */
export const storedSettingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export class SettingsRejectedError extends Error {
  constructor(readonly errors: LocatedError[]) {
    super(`Settings not saved: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    this.name = 'SettingsRejectedError';
  }
}

type SettingsReader = Pick<
  WxtStorageItem<Settings, Record<string, unknown>>,
  'key' | 'fallback' | 'getValue' | 'watch'
>;

type SettingsItem = SettingsReader & {
  setValue(value: Settings): Promise<void>;
};

/** Reads only: what a page needs, without the checks and messages of a write (core/settings/check.ts). */
export const settingsReader: SettingsReader = {
  key: storedSettingsItem.key,
  fallback: DEFAULT_SETTINGS,
  async getValue() {
    return repairSettings(await storedSettingsItem.getValue()).settings;
  },
  watch(callback) {
    return storedSettingsItem.watch((next, old) =>
      callback(repairSettings(next).settings, repairSettings(old).settings),
    );
  },
};

export const settingsItem: SettingsItem = {
  ...settingsReader,
  /** Throws SettingsRejectedError, and stores nothing, when the value is invalid or over the limits. */
  async setValue(value) {
    const result = v.safeParse(SettingsSchema, value);
    if (!result.success) throw new SettingsRejectedError(settingsErrors(value));
    await storedSettingsItem.setValue(result.output);
  },
};
