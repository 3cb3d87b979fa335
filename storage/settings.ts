/**
 * The settings item of the extension's own pages and the background. Reads are repaired (see
 * settings-reader.ts, which pages use); writes are checked against the schema and the sync
 * budget first, so the browser never refuses them half-way.
 */

import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import type { LocatedError } from '../core/located-error';
import { settingsErrors } from '../core/settings/check';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../core/settings/migrations';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../core/settings/schema';
import { type SettingsReader, settingsReaderOf } from './settings-reader';

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

type SettingsItem = SettingsReader & {
  setValue(value: Settings): Promise<void>;
};

/** For the extension's own pages: reads through the versioned item, so they see migrated values. */
export const settingsItem: SettingsItem = {
  ...settingsReaderOf(storedSettingsItem),
  /** Throws SettingsRejectedError, and stores nothing, when the value is invalid or over the limits. */
  async setValue(value) {
    const result = v.safeParse(SettingsSchema, value);
    if (!result.success) throw new SettingsRejectedError(settingsErrors(value));
    await storedSettingsItem.setValue(result.output);
  },
};
