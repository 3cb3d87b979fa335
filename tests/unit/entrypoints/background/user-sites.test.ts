/**
 * The dynamic content script for sites the user added follows the settings and the granted
 * permissions. fakeBrowser does not implement permissions or scripting, so the test stands in
 * for the browser with a small in-memory version of both.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import {
  syncUserSites,
  USER_SITES_SCRIPT_ID,
  watchUserSites,
} from '../../../../entrypoints/background/user-sites';
import { settingsItem } from '../../../../storage/settings';

type Script = { id: string; matches?: string[]; js?: string[] };
let granted: Set<string>;
let scripts: Map<string, Script>;

function fakePermissionsAndScripting() {
  granted = new Set();
  scripts = new Map();
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.permissions = {
    ...b.permissions,
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    onAdded: makeEvent(),
    onRemoved: makeEvent(),
  };
  b.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
      ids.flatMap((id) => (scripts.has(id) ? [scripts.get(id)] : [])),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      for (const id of ids) scripts.delete(id);
    },
    registerContentScripts: async (list: Script[]) =>
      list.forEach((s) => {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }),
  };
}

function makeEvent() {
  const listeners = new Set<() => void>();
  return {
    addListener: (l: () => void) => listeners.add(l),
    removeListener: (l: () => void) => listeners.delete(l),
    trigger: () => {
      for (const l of listeners) l();
    },
  };
}

const grant = (host: string) => {
  granted.add(`https://*.${host}/*`);
  granted.add(`http://*.${host}/*`);
};

beforeEach(() => {
  fakeBrowser.reset();
  fakePermissionsAndScripting();
});

describe('user sites content script', () => {
  it('registers nothing while no added site is granted', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, alwaysSites: ['example.se'] });
    await syncUserSites();
    expect(scripts.size).toBe(0);
  });

  it('registers the declared content script on granted added sites only', async () => {
    grant('example.se');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, alwaysSites: ['example.se', 'other.se', 'dn.se'] });
    await syncUserSites();
    expect(scripts.get(USER_SITES_SCRIPT_ID)).toMatchObject({
      matches: ['https://*.example.se/*', 'http://*.example.se/*'],
      js: ['/content-scripts/content.js'],
    });
  });

  it('follows settings changes and permission grants as they happen', async () => {
    const stop = watchUserSites();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, alwaysSites: ['example.se'] });
    grant('example.se');
    (fakeBrowser.permissions.onAdded as unknown as { trigger(): void }).trigger();
    await vi.waitFor(() =>
      expect(scripts.get(USER_SITES_SCRIPT_ID)?.matches).toContain('https://*.example.se/*'),
    );
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, alwaysSites: [], neverSites: ['example.se'] });
    await vi.waitFor(() => expect(scripts.size).toBe(0));
    stop();
  });

  it('survives overlapping syncs without registering twice', async () => {
    grant('example.se');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, alwaysSites: ['example.se'] });
    const errors = vi.spyOn(console, 'error');
    await Promise.all([syncUserSites(), syncUserSites(), syncUserSites()]);
    expect(errors).not.toHaveBeenCalled();
    expect(scripts.size).toBe(1);
  });
});
