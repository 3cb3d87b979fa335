/**
 * The extension starting on storage left by every earlier version: stored fixtures are seeded,
 * the settings module is loaded fresh (as at browser start) and must read them as current settings.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORED_FIXTURES } from './stored-fixtures';

async function loadFresh() {
  vi.resetModules();
  const storage = await import('../../../storage/settings');
  const repair = await import('../../../storage/keep-settings-repaired');
  const notices = await import('../../../storage/notices');
  return { ...storage, ...repair, ...notices };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings migrations', () => {
  it('has a fixture for every version up to the current one', async () => {
    const { SETTINGS_VERSION, SETTINGS_MIGRATIONS } = await loadFresh();
    const versions = new Set(STORED_FIXTURES.map((f) => f.version));
    for (let v = 1; v <= SETTINGS_VERSION; v++) expect(versions, `fixture for v${v}`).toContain(v);
    for (let v = 2; v <= SETTINGS_VERSION; v++)
      expect(SETTINGS_MIGRATIONS[v], `migration to v${v}`).toBeTypeOf('function');
  });

  it.each(STORED_FIXTURES)(
    'reads $file as valid current settings, keeping every choice',
    async ({ value, version }) => {
      await fakeBrowser.storage.sync.set({ settings: value, settings$: { v: version } });
      const { settingsItem, storedSettingsItem, repairStoredSettings, getNotices, SETTINGS_VERSION } =
        await loadFresh();
      // Version 2 added the dismissed terms, version 3 the quiet sites; older values had none.
      const current = {
        ...(version < 2 && { dismissed: [] }),
        ...(version < 3 && { quietSites: [] }),
        ...(value as object),
      };
      expect(await settingsItem.getValue()).toEqual(current);
      expect(await storedSettingsItem.getValue()).toEqual(current);
      expect(await repairStoredSettings()).toBe(false);
      expect(await storedSettingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
      expect(await getNotices()).toEqual([]);
    },
  );

  it('treats a value stored without version metadata as version 1', async () => {
    const [fixture] = STORED_FIXTURES.filter((f) => f.version === 1);
    await fakeBrowser.storage.sync.set({ settings: fixture?.value });
    const { settingsItem } = await loadFresh();
    expect(await settingsItem.getValue()).toEqual({
      ...(fixture?.value as object),
      dismissed: [],
      quietSites: [],
    });
  });

  it('starts from the defaults, stamped with the current version, on a fresh install', async () => {
    const { settingsItem, storedSettingsItem, SETTINGS_VERSION } = await loadFresh();
    const { DEFAULT_SETTINGS } = await import('../../../core/settings/schema');
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, english: true });
    expect(await storedSettingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
  });

  it('keeps what a newer version stored where it still fits, and says so once', async () => {
    const customised = STORED_FIXTURES.find((f) => f.file === 'v1-customised.json');
    const newer = { ...(customised?.value as object), highlightOnHover: true, style: 'glow' };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 99 } });
    vi.spyOn(console, 'error').mockImplementation(() => {}); // WXT logs that it will not migrate down
    const { settingsItem, storedSettingsItem, repairStoredSettings, getNotices, SETTINGS_VERSION } =
      await loadFresh();
    const read = await settingsItem.getValue();
    expect(read).toMatchObject({
      mode: 'on-demand',
      english: true,
      style: 'fill',
      alwaysSites: ['example.com', 'lokaltidning.se'],
    });
    expect(read).not.toHaveProperty('highlightOnHover');
    expect(await repairStoredSettings()).toBe(true);
    expect(await repairStoredSettings()).toBe(false);
    expect(await storedSettingsItem.getValue()).toEqual(read);
    expect(await storedSettingsItem.getMeta()).toEqual({ v: SETTINGS_VERSION });
    expect((await getNotices()).map((n) => n.kind)).toEqual(['settings-newer-version']);
  });

  it('repairs a corrupt stored value, keeping every valid part, and says so once', async () => {
    const corrupt = {
      mode: 'sometimes',
      english: 'yes',
      badge: 'matches',
      style: 'outline',
      topics: {
        asylum: { enabled: false, color: 'red' },
        'Bad Id': { enabled: false, color: null },
        unions: 7,
      },
      disabledNewsSites: ['dn.se', 42],
      alwaysSites: ['Example.COM', 'not a host', 'example.com', 'lokal.se'],
      neverSites: 'svt.se',
      dismissed: [
        { topic: 'asylum', term: 'asylrätt' },
        { topic: 'asylum', term: 'Asylrätt' },
        { topic: 'asylum', term: 'asylrätt' },
        { topic: 'Bad Id', term: 'x' },
        { topic: 'asylum', term: 'asyl', site: 'not a host' },
        'varsel',
      ],
    };
    await fakeBrowser.storage.sync.set({ settings: corrupt, settings$: { v: 2 } });
    const { settingsItem, repairStoredSettings, getNotices } = await loadFresh();
    const expected = {
      mode: 'auto',
      english: false,
      badge: 'matches',
      style: 'outline',
      topics: { asylum: { enabled: false, color: null } },
      disabledNewsSites: ['dn.se'],
      alwaysSites: ['example.com', 'lokal.se'],
      neverSites: [],
      quietSites: [],
      dismissed: [{ topic: 'asylum', term: 'asylrätt' }],
    };
    expect(await settingsItem.getValue()).toEqual(expected);
    await repairStoredSettings();
    await repairStoredSettings();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(expected);
    expect((await getNotices()).map((n) => n.kind)).toEqual(['settings-repaired']);
  });

  it.each([null, 'garbage', 42, [], [1, 2], true])(
    'replaces an unusable stored value %j with the defaults',
    async (raw) => {
      await fakeBrowser.storage.sync.set({ settings: raw });
      const { settingsItem } = await loadFresh();
      const { DEFAULT_SETTINGS } = await import('../../../core/settings/schema');
      expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('repairs a value that another browser syncs in while running', async () => {
    const { keepSettingsRepaired, getNotices } = await loadFresh();
    const stop = keepSettingsRepaired();
    await fakeBrowser.storage.sync.set({ settings: { mode: 'auto', english: 1 } });
    await vi.waitFor(async () => expect((await getNotices()).length).toBe(1));
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
        english: false,
        badge: 'topics',
      }),
    );
    stop();
  });
});
