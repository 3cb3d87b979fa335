/**
 * Turns whatever is stored (corrupt, hand-edited, synced from a newer version) into the nearest
 * valid settings, keeping every part that is valid on its own. Pure, so every context can read
 * through it and never act on a broken value.
 */
import * as v from 'valibot';
import { SETTINGS_MAX_BYTES, syncItemBytes } from './limits';
import { repairedSettings } from './read';
import { sameJson } from './same-json';
import { type Settings, SettingsSchema } from './schema';

export interface RepairResult {
  settings: Settings;
  /** True when the result differs from what was stored: the caller writes it back and tells the user. */
  repaired: boolean;
}

/** Drops the newest entries of the longest list until the settings fit the sync budget. */
function fitBudget(settings: Settings): Settings {
  const s = { ...settings, topics: { ...settings.topics } };
  while (syncItemBytes('settings', s) > SETTINGS_MAX_BYTES) {
    const topicIds = Object.keys(s.topics);
    // Ties go to the first named: dismissed terms, then quiet, never and always sites, then topics.
    const lists = (['dismissed', 'quietSites', 'neverSites', 'alwaysSites'] as const).filter(
      (key) => s[key].length > 0,
    );
    const longest = lists.reduce<(typeof lists)[number] | undefined>(
      (best, key) => (best === undefined || s[key].length > s[best].length ? key : best),
      undefined,
    );
    if (longest && s[longest].length >= topicIds.length) s[longest] = s[longest].slice(0, -1) as never;
    else delete s.topics[topicIds[topicIds.length - 1] as string];
  }
  return s;
}

export function repairSettings(raw: unknown): RepairResult {
  const valid = v.safeParse(SettingsSchema, raw);
  if (valid.success) return { settings: valid.output, repaired: !sameJson(valid.output, raw) };
  // Written back by the background (keep-settings-repaired.ts): it must fit a sync item.
  return { settings: fitBudget(repairedSettings(raw)), repaired: raw != null };
}
