/**
 * Settings as a page reads them: repaired on every read, so a corrupt value or one synced from a
 * newer version never reaches the highlighter. The item has no version on purpose: migrating is
 * the background's job (storage/settings.ts), and a versioned item would read its version stamp
 * and carry the migrations in every page view. A value not migrated yet is repaired like any
 * other (a list it lacks reads as empty).
 */
import type { WxtStorageItem } from 'wxt/utils/storage';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS } from '../core/settings/defaults';
import { repairedSettings } from '../core/settings/read';
import type { Settings } from '../core/settings/schema';

export type SettingsReader = Pick<
  WxtStorageItem<Settings, Record<string, unknown>>,
  'key' | 'fallback' | 'getValue' | 'watch'
>;

/** Reads only: what a page needs, without the checks and messages of a write (core/settings/check.ts). */
export function settingsReaderOf(
  item: Pick<WxtStorageItem<unknown, Record<string, unknown>>, 'key' | 'getValue' | 'watch'>,
): SettingsReader {
  return {
    key: item.key,
    fallback: DEFAULT_SETTINGS,
    async getValue() {
      return repairedSettings(await item.getValue());
    },
    watch(callback) {
      return item.watch((next, old) => callback(repairedSettings(next), repairedSettings(old)));
    },
  };
}

export const settingsReader = settingsReaderOf(
  storage.defineItem<unknown>('sync:settings', { fallback: DEFAULT_SETTINGS }),
);
