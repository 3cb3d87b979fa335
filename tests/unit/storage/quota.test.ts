/**
 * storage.sync refuses an item over 8 KB and an area over 100 KB. The largest settings a user can
 * realistically build must fit, and anything bigger must be refused before the browser sees it.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACK } from '../../../core/pack/bundled';
import { PACK_LIMITS } from '../../../core/pack/limits';
import {
  SETTINGS_LIMITS,
  SETTINGS_MAX_BYTES,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
  syncItemBytes,
} from '../../../core/settings/limits';
import { repairSettings } from '../../../core/settings/repair';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../../../core/settings/schema';
import { NEWS_SITES } from '../../../data/news-sites';
import { SettingsRejectedError, settingsItem } from '../../../storage/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Long but real-looking Swedish hosts (the longest news hosts are around 25 characters). */
const host = (i: number) => `nyheter-${i}.lokaltidningen-${i}.se`;

/**
 * Every topic of the bundled pack and of imported packs at their limit, each with a custom colour,
 * or (`dismissing`) a third as many imported topics (two packs) and every dismissed term the limit allows.
 */
function largestRealisticSettings({ dismissing = false } = {}): Settings {
  const imported = dismissing ? PACK_LIMITS.topicsTotal / 3 : PACK_LIMITS.topicsTotal;
  const topicIds = [
    ...BUNDLED_PACK.topics.map((t) => t.id),
    ...Array.from({ length: imported }, (_, i) => `imported-topic-${i}`),
  ];
  return {
    mode: 'on-demand',
    english: true,
    badge: 'matches',
    style: 'underline',
    topics: Object.fromEntries(topicIds.map((id) => [id, { enabled: false, color: '#abcdef' }])),
    disabledNewsSites: [...NEWS_SITES],
    alwaysSites: Array.from({ length: 20 }, (_, i) => host(i)),
    neverSites: Array.from({ length: 20 }, (_, i) => host(100 + i)),
    // Fewer: a reader hides highlights on a site or two, and keeps the list.
    quietSites: Array.from({ length: 4 }, (_, i) => host(200 + i)),
    dismissed: Array.from({ length: dismissing ? SETTINGS_LIMITS.dismissed : 0 }, (_, i) => ({
      topic: 'collective-agreements',
      term: `kollektivavtalsförhandlingarna-${i}`,
      ...(i % 2 === 0 && { site: 'lokaltidningen-med-langt-namn.se' }),
    })),
  };
}

describe('sync quota', () => {
  it('the limits add up: the largest realistic settings fit one sync item', () => {
    const settings = largestRealisticSettings();
    const bytes = syncItemBytes('settings', settings);
    expect(Object.keys(settings.topics).length).toBeLessThanOrEqual(SETTINGS_LIMITS.topics);
    expect(bytes).toBeLessThanOrEqual(SETTINGS_MAX_BYTES);
    expect(SETTINGS_MAX_BYTES).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(v.is(SettingsSchema, settings)).toBe(true);
  });

  it('with two imported packs’ topics customised, every dismissed term the limit allows fits too', () => {
    const settings = largestRealisticSettings({ dismissing: true });
    expect(settings.dismissed).toHaveLength(SETTINGS_LIMITS.dismissed);
    expect(syncItemBytes('settings', settings)).toBeLessThanOrEqual(SETTINGS_MAX_BYTES);
    expect(v.is(SettingsSchema, settings)).toBe(true);
  });

  it('with every list at its limit at once, a write is refused with the reason and stores nothing', async () => {
    const full = {
      ...largestRealisticSettings(),
      dismissed: largestRealisticSettings({ dismissing: true }).dismissed,
    };
    await expect(settingsItem.setValue(full)).rejects.toThrow(/larger than 7680 bytes/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('full site lists of typical hosts fit too', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      alwaysSites: Array.from({ length: SETTINGS_LIMITS.alwaysSites }, (_, i) => `site${i}.example.se`),
      neverSites: Array.from({ length: SETTINGS_LIMITS.neverSites }, (_, i) => `other${i}.example.se`),
    };
    expect(syncItemBytes('settings', settings)).toBeLessThanOrEqual(SETTINGS_MAX_BYTES);
  });

  it('no value the schema accepts can exceed the per-item quota (property)', () => {
    const hostArb = fc.stringMatching(/^[a-z0-9-]{1,60}\.[a-z]{2,30}$/);
    const settingsArb = fc.record({
      mode: fc.constantFrom('auto', 'on-demand'),
      english: fc.boolean(),
      badge: fc.constantFrom('topics', 'matches', 'off'),
      style: fc.constantFrom('fill', 'underline', 'outline'),
      topics: fc.dictionary(
        fc.stringMatching(/^[a-z0-9]{1,64}$/),
        fc.record({ enabled: fc.boolean(), color: fc.constantFrom(null, '#ffe066') }),
        { maxKeys: 120 },
      ),
      disabledNewsSites: fc.uniqueArray(hostArb, { maxLength: 40 }),
      alwaysSites: fc.uniqueArray(hostArb, { maxLength: 60 }),
      neverSites: fc.uniqueArray(hostArb, { maxLength: 60 }),
    });
    fc.assert(
      fc.property(settingsArb, (settings) => {
        if (v.is(SettingsSchema, settings))
          expect(syncItemBytes('settings', settings)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
        // Repair always lands inside the budget too, whatever it starts from.
        expect(syncItemBytes('settings', repairSettings(settings).settings)).toBeLessThanOrEqual(
          SETTINGS_MAX_BYTES,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a write over the budget and stores nothing', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, english: true });
    const before = JSON.stringify(await fakeBrowser.storage.sync.get(null));
    const huge = {
      ...DEFAULT_SETTINGS,
      alwaysSites: Array.from({ length: 50 }, (_, i) => `${'a'.repeat(85)}${i}.example.se`),
      neverSites: Array.from({ length: 50 }, (_, i) => `${'b'.repeat(85)}${i}.example.se`),
    };
    await expect(settingsItem.setValue(huge)).rejects.toBeInstanceOf(SettingsRejectedError);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toBe(before);
  });

  it.each([
    ['alwaysSites', SETTINGS_LIMITS.alwaysSites],
    ['neverSites', SETTINGS_LIMITS.neverSites],
  ] as const)('refuses more than the limit of %s', async (list, limit) => {
    const full = { ...DEFAULT_SETTINGS, [list]: Array.from({ length: limit + 1 }, (_, i) => `s${i}.se`) };
    await expect(settingsItem.setValue(full)).rejects.toThrow(/at most/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('keeps the whole sync area far below 100 KB', async () => {
    await settingsItem.setValue(largestRealisticSettings());
    const all = await fakeBrowser.storage.sync.get(null);
    const total = Object.entries(all).reduce((n, [key, value]) => n + syncItemBytes(key, value), 0);
    expect(total).toBeLessThan(SYNC_QUOTA_BYTES / 10);
    // Packs are large and live in local, never in sync.
    for (const key of Object.keys(all)) expect(['settings', 'settings$']).toContain(key);
    await settingsItem.setValue(largestRealisticSettings({ dismissing: true }));
  });
});
