/**
 * Usable settings from whatever is stored (corrupt, hand-edited, synced from a newer version):
 * every part that is valid on its own is kept, the rest is the default. Written without the
 * schema library, with the schema's own rules (schema.ts), because every page view reads the
 * settings through it and the library was a tenth of the content script;
 * tests/unit/core/settings/read.test.ts holds it to the schema over thousands of broken values.
 * It does not trim to the sync budget, which only a write needs (repair.ts).
 */
import { isRecord } from '../is-record';
import { isId } from '../pack/id';
import { DEFAULT_SETTINGS } from './defaults';
import { dismissalTerm } from './dismissal-term';
import { dismissalKey } from './dismissals';
import { HOST_PATTERN } from './host-pattern';
import { SETTINGS_LIMITS } from './limits';
import type { Dismissal, Settings, TopicPref } from './schema';

const COLOR = /^#[0-9a-f]{6}$/;
const CHOICES = {
  mode: ['auto', 'on-demand'],
  badge: ['topics', 'matches', 'off'],
  style: ['fill', 'underline', 'outline'],
} as const;

function choice<K extends keyof typeof CHOICES>(raw: Record<string, unknown>, key: K): Settings[K] {
  const value = raw[key];
  return (CHOICES[key] as readonly unknown[]).includes(value)
    ? (value as Settings[K])
    : DEFAULT_SETTINGS[key];
}

const siteName = (x: unknown): x is string =>
  typeof x === 'string' && HOST_PATTERN.test(x) && x.length <= SETTINGS_LIMITS.hostLength;

/** Each valid host once (lower-cased, as the schema reads it), up to `max`. */
function hosts(raw: unknown, max: number): string[] {
  if (!Array.isArray(raw)) return [];
  const kept: string[] = [];
  for (const item of raw) {
    const host = typeof item === 'string' ? item.toLowerCase() : undefined;
    if (siteName(host) && !kept.includes(host)) kept.push(host);
  }
  return kept.slice(0, max);
}

function topicPref(raw: unknown): TopicPref | undefined {
  if (!isRecord(raw)) return undefined;
  const enabled = typeof raw.enabled === 'boolean' ? raw.enabled : true;
  const color = typeof raw.color === 'string' && COLOR.test(raw.color) ? raw.color : null;
  return { enabled, color };
}

function topics(raw: unknown): Settings['topics'] {
  if (!isRecord(raw)) return {};
  const kept: Settings['topics'] = {};
  for (const [id, value] of Object.entries(raw)) {
    const pref = topicPref(value);
    if (!isId(id) || !pref) continue;
    if (Object.keys(kept).length >= SETTINGS_LIMITS.topics) break;
    kept[id] = pref;
  }
  return kept;
}

/** A dismissal exactly as the schema takes it: no other keys, every field valid. */
function dismissal(raw: unknown): Dismissal | undefined {
  if (!isRecord(raw) || Object.keys(raw).some((key) => key !== 'topic' && key !== 'term' && key !== 'site'))
    return undefined;
  const { topic, term, site } = raw;
  if (typeof topic !== 'string' || !isId(topic)) return undefined;
  if (typeof term !== 'string' || term.length === 0 || term.length > SETTINGS_LIMITS.termLength)
    return undefined;
  if (term !== dismissalTerm(term)) return undefined;
  if ('site' in raw && site !== undefined && !siteName(site)) return undefined;
  return 'site' in raw ? { topic, term, site: site as string | undefined } : { topic, term };
}

/** Each valid dismissal once, oldest first, up to the limit. */
function dismissals(raw: unknown): Settings['dismissed'] {
  if (!Array.isArray(raw)) return [];
  const kept: Settings['dismissed'] = [];
  for (const item of raw) {
    const valid = dismissal(item);
    if (valid && !kept.some((d) => dismissalKey(d) === dismissalKey(valid))) kept.push(valid);
  }
  return kept.slice(0, SETTINGS_LIMITS.dismissed);
}

export function repairedSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return structuredClone(DEFAULT_SETTINGS);
  return {
    mode: choice(raw, 'mode'),
    english: typeof raw.english === 'boolean' ? raw.english : DEFAULT_SETTINGS.english,
    badge: choice(raw, 'badge'),
    style: choice(raw, 'style'),
    topics: topics(raw.topics),
    disabledNewsSites: hosts(raw.disabledNewsSites, 100),
    alwaysSites: hosts(raw.alwaysSites, SETTINGS_LIMITS.alwaysSites),
    neverSites: hosts(raw.neverSites, SETTINGS_LIMITS.neverSites),
    quietSites: hosts(raw.quietSites, SETTINGS_LIMITS.quietSites),
    dismissed: dismissals(raw.dismissed),
  };
}
