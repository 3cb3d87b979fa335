/**
 * Pages read the settings through repairedSettings (core/settings/read.ts), written without the
 * schema library to keep the content script small. It must keep exactly what the schema keeps:
 * the schema-based repair it replaced is the reference here, run over thousands of broken values.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { dismissalKey } from '../../../../core/settings/dismissals.ts';
import { SETTINGS_LIMITS } from '../../../../core/settings/limits.ts';
import { repairedSettings } from '../../../../core/settings/read.ts';
import {
  ColorSchema,
  DEFAULT_SETTINGS,
  DismissalSchema,
  HostSchema,
  type Settings,
  SettingsSchema,
  SettingsShapeSchema,
  TopicIdSchema,
} from '../../../../core/settings/schema.ts';
import { random } from '../match/random-texts.ts';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The schema-based repair, as it was. */
function reference(raw: unknown): Settings {
  const valid = v.safeParse(SettingsSchema, raw);
  if (valid.success) return valid.output;
  if (!isRecord(raw)) return structuredClone(DEFAULT_SETTINGS);
  const field = <K extends 'mode' | 'english' | 'badge' | 'style'>(key: K): Settings[K] => {
    const result = v.safeParse(SettingsShapeSchema.entries[key], raw[key]);
    return result.success ? (result.output as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  const hosts = (list: unknown, max: number) => {
    if (!Array.isArray(list)) return [];
    const kept: string[] = [];
    for (const item of list) {
      const result = v.safeParse(HostSchema, item);
      if (result.success && !kept.includes(result.output)) kept.push(result.output);
    }
    return kept.slice(0, max);
  };
  const topics: Settings['topics'] = {};
  if (isRecord(raw.topics)) {
    for (const [id, value] of Object.entries(raw.topics)) {
      if (!isRecord(value) || !v.is(TopicIdSchema, id)) continue;
      if (Object.keys(topics).length >= SETTINGS_LIMITS.topics) break;
      topics[id] = {
        enabled: typeof value.enabled === 'boolean' ? value.enabled : true,
        color: v.is(ColorSchema, value.color) ? value.color : null,
      };
    }
  }
  const dismissed: Settings['dismissed'] = [];
  for (const item of Array.isArray(raw.dismissed) ? raw.dismissed : []) {
    const result = v.safeParse(DismissalSchema, item);
    if (result.success && !dismissed.some((d) => dismissalKey(d) === dismissalKey(result.output)))
      dismissed.push(result.output);
  }
  return {
    mode: field('mode'),
    english: field('english'),
    badge: field('badge'),
    style: field('style'),
    topics,
    disabledNewsSites: hosts(raw.disabledNewsSites, 100),
    alwaysSites: hosts(raw.alwaysSites, SETTINGS_LIMITS.alwaysSites),
    neverSites: hosts(raw.neverSites, SETTINGS_LIMITS.neverSites),
    quietSites: hosts(raw.quietSites, SETTINGS_LIMITS.quietSites),
    dismissed: dismissed.slice(0, SETTINGS_LIMITS.dismissed),
  };
}

/** Values near the valid ones: right, wrong type, wrong case, too long, extra keys. */
function brokenSettings(count: number): unknown[] {
  const next = random(5);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const many = <T>(make: () => T, max: number) => Array.from({ length: Math.floor(next() * max) }, make);
  const host = () =>
    pick([
      'dn.se',
      'DN.SE',
      'www.svt.se',
      'localhost',
      '10.0.0.1',
      'x',
      '',
      'a'.repeat(101) + '.se',
      7,
      null,
    ]);
  const id = () => pick(['welfare', 'asylum-and-refugees', 'Welfare', 'a--b', '', 'x'.repeat(65), 'unions']);
  const term = () => pick(['varsel', 'Varsel', 'a  b', '', 'x'.repeat(61), 'lo', ' lo', 5]);
  const dismissal = () =>
    pick([
      () => ({ topic: id(), term: term() }),
      () => ({ topic: id(), term: term(), site: host() }),
      () => ({ topic: id(), term: term(), extra: 1 }),
      () => ({ topic: id(), term: term(), site: undefined }),
      () => [id(), term()],
      () => null,
    ])();
  const pref = () =>
    pick([
      { enabled: false, color: '#aabbcc' },
      { enabled: 'no', color: '#ABC' },
      { color: '#123456' },
      null,
      [],
    ]);
  const value = () => ({
    mode: pick(['auto', 'on-demand', 'AUTO', 1, undefined]),
    english: pick([true, false, 'true', undefined]),
    badge: pick(['topics', 'matches', 'off', 'on']),
    style: pick(['fill', 'underline', 'outline', 'bold']),
    topics: pick([
      () => Object.fromEntries(many(() => [id(), pref()] as const, 6)),
      () =>
        Object.fromEntries(Array.from({ length: 95 }, (_, i) => [`t${i}`, { enabled: true, color: null }])),
      () => [],
      () => 'x',
    ])(),
    disabledNewsSites: pick([() => many(host, 6), () => 'dn.se'])(),
    alwaysSites: pick([() => many(host, 6), () => Array.from({ length: 60 }, (_, i) => `s${i}.se`)])(),
    neverSites: many(host, 6),
    quietSites: pick([() => many(host, 6), () => undefined])(),
    dismissed: pick([
      () => many(dismissal, 6),
      () => Array.from({ length: 45 }, (_, i) => ({ topic: 'welfare', term: `t${i}` })),
    ])(),
  });
  const valid = () => ({
    ...DEFAULT_SETTINGS,
    mode: pick(['auto', 'on-demand']),
    alwaysSites: pick([[], ['dn.se'], ['svt.se', 'localhost']]),
    topics: pick([{}, { welfare: { enabled: false, color: '#aabbcc' } }]),
    dismissed: pick([
      [],
      [{ topic: 'welfare', term: 'varsel', site: 'dn.se' }],
      [{ topic: 'unions', term: 'lo' }],
    ]),
  });
  return Array.from({ length: count }, () =>
    pick([
      value,
      value,
      value,
      valid,
      () => null,
      () => 'settings',
      () => [value()],
      () => ({ ...value(), extra: 1 }),
    ])(),
  );
}

describe('settings as a page reads them', () => {
  it('keeps exactly what the schema-based repair kept, over 5 000 broken values', () => {
    const differ: string[] = [];
    let valid = 0;
    for (const raw of brokenSettings(5_000)) {
      const read = repairedSettings(raw);
      if (JSON.stringify(read) !== JSON.stringify(reference(raw))) differ.push(JSON.stringify(raw));
      if (v.is(SettingsSchema, raw)) valid++;
      expect(v.is(SettingsShapeSchema, read)).toBe(true);
    }
    expect(differ.slice(0, 3)).toEqual([]);
    // Some values were valid as they were, most were not: both paths are compared.
    expect(valid).toBeGreaterThan(0);
    expect(valid).toBeLessThan(2_500);
  });

  it('reads anything that is not an object as the defaults', () => {
    for (const raw of [null, undefined, 'x', 3, []]) expect(repairedSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});
