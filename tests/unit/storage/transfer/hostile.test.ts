/** Every malformed or hostile file is refused with a located, readable error and changes nothing. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import { addPack } from '../../../../storage/pack-actions';
import { settingsItem } from '../../../../storage/settings';
import { packNamed } from '../../entrypoints/options/pack-fixtures';
import { importText, storedBytes } from './helpers';
import { HOSTILE_CASES, validFile } from './hostile-cases';

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    english: true,
    alwaysSites: ['mine.se'],
    topics: { asylum: { enabled: false, color: null } },
  });
  await addPack(packNamed('installerat'));
});

describe('hostile imports', () => {
  it('has at least 50 handwritten cases', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(50);
  });

  it('accepts the unedited file the cases start from', async () => {
    expect((await importText(JSON.stringify(validFile()))).ok).toBe(true);
  });

  it.each(HOSTILE_CASES)('$name: refused at $path, nothing changed', async ({ text, path, says }) => {
    const before = await storedBytes();
    const result = await importText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.path.startsWith(path));
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error?.message).toMatch(says);
    expect(await storedBytes()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
