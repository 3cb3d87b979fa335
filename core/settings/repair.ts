/**
 * Turns whatever is stored (corrupt, hand-edited, synced from a newer version) into the nearest
 * valid settings, keeping every part that is valid on its own. Pure, so every context can read
 * through it and never act on a broken value.
 */
import * as v from 'valibot';
import { dismissalKey } from './dismissals';
import { SETTINGS_LIMITS, SETTINGS_MAX_BYTES, syncItemBytes } from './limits';
import { sameJson } from './same-json';
import {
  ColorSchema,
  DEFAULT_SETTINGS,
  DismissalSchema,
  HostSchema,
  type Settings,
  SettingsSchema,
  SettingsShapeSchema,
  TopicIdSchema,
  type TopicPref,
} from './schema';

export interface RepairResult {
  settings: Settings;
  /** True when the result differs from what was stored: the caller writes it back and tells the user. */
  repaired: boolean;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function field<K extends 'mode' | 'english' | 'badge' | 'style'>(
  raw: Record<string, unknown>,
  key: K,
): Settings[K] {
  const result = v.safeParse(SettingsShapeSchema.entries[key], raw[key]);
  return result.success ? (result.output as Settings[K]) : DEFAULT_SETTINGS[key];
}

function hosts(raw: unknown, max: number): string[] {
  if (!Array.isArray(raw)) return [];
  const kept: string[] = [];
  for (const item of raw) {
    const result = v.safeParse(HostSchema, item);
    if (result.success && !kept.includes(result.output)) kept.push(result.output);
  }
  return kept.slice(0, max);
}

function topicPref(raw: unknown): TopicPref | undefined {
  if (!isRecord(raw)) return undefined;
  const enabled = typeof raw.enabled === 'boolean' ? raw.enabled : true;
  const color = v.is(ColorSchema, raw.color) ? raw.color : null;
  return { enabled, color };
}

function topics(raw: unknown): Settings['topics'] {
  if (!isRecord(raw)) return {};
  const kept: Settings['topics'] = {};
  for (const [id, value] of Object.entries(raw)) {
    const pref = topicPref(value);
    if (!v.is(TopicIdSchema, id) || !pref) continue;
    if (Object.keys(kept).length >= SETTINGS_LIMITS.topics) break;
    kept[id] = pref;
  }
  return kept;
}

/** Each valid dismissal once, oldest first, up to the limit. */
function dismissals(raw: unknown): Settings['dismissed'] {
  if (!Array.isArray(raw)) return [];
  const kept: Settings['dismissed'] = [];
  for (const item of raw) {
    const result = v.safeParse(DismissalSchema, item);
    if (!result.success) continue;
    const key = dismissalKey(result.output);
    if (!kept.some((d) => dismissalKey(d) === key)) kept.push(result.output);
  }
  return kept.slice(0, SETTINGS_LIMITS.dismissed);
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

/**
 * Usable settings from whatever is stored, for a context that only reads them (a page): every
 * valid part kept, without telling whether anything changed and without trimming to the sync
 * budget, which only a write needs (the background writes the repaired value back, trimmed).
 */
export function repairedSettings(raw: unknown): Settings {
  const valid = v.safeParse(SettingsSchema, raw);
  if (valid.success) return valid.output;
  if (!isRecord(raw)) return structuredClone(DEFAULT_SETTINGS);
  return {
    mode: field(raw, 'mode'),
    english: field(raw, 'english'),
    badge: field(raw, 'badge'),
    style: field(raw, 'style'),
    topics: topics(raw.topics),
    disabledNewsSites: hosts(raw.disabledNewsSites, 100),
    alwaysSites: hosts(raw.alwaysSites, SETTINGS_LIMITS.alwaysSites),
    neverSites: hosts(raw.neverSites, SETTINGS_LIMITS.neverSites),
    quietSites: hosts(raw.quietSites, SETTINGS_LIMITS.quietSites),
    dismissed: dismissals(raw.dismissed),
  };
}
