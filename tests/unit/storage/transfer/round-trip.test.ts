import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { DEFAULT_SETTINGS, type Settings } from '../../../../core/settings/schema';
import { addPack, setPackEnabled } from '../../../../storage/pack-actions';
import { getImportedPacks } from '../../../../storage/packs';
import { settingsItem } from '../../../../storage/settings';
import { applyImport, readImportState, StaleImportError } from '../../../../storage/transfer/apply';
import { importChanges } from '../../../../storage/transfer/changes';
import { buildExport, exportFileName, exportText } from '../../../../storage/transfer/export';
import { parseImport } from '../../../../storage/transfer/parse-import';
import { packNamed } from '../../entrypoints/options/pack-fixtures';
import { importText, storedBytes, storedValues } from './helpers';

const CUSTOM: Settings = {
  mode: 'on-demand',
  english: true,
  badge: 'off',
  style: 'outline',
  topics: { asylum: { enabled: false, color: null }, unions: { enabled: true, color: '#a8e6a1' } },
  disabledNewsSites: ['aftonbladet.se'],
  alwaysSites: ['example.se'],
  neverSites: ['svt.se'],
  quietSites: ['gp.se'],
  dismissed: [
    { topic: 'secure-jobs', term: 'varsel', site: 'dn.se' },
    { topic: 'immigration', term: 'integrationen' },
  ],
};

async function exportNow(): Promise<string> {
  return exportText(
    buildExport(await settingsItem.getValue(), await getImportedPacks(), new Date('2026-01-02T03:04:05Z')),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('export and import', () => {
  it('round-trips exactly into a fresh install', async () => {
    await settingsItem.setValue(CUSTOM);
    await addPack(packNamed('byggnads'));
    await addPack(packNamed('kommunal'));
    await setPackEnabled('kommunal', false);
    const text = await exportNow();
    const before = await storedValues();

    fakeBrowser.reset();
    const result = await importText(text);
    expect(result.ok).toBe(true);
    expect(await storedValues()).toBe(before);
    expect(await exportNow()).toBe(text);
  });

  it('changes nothing when importing its own export', async () => {
    await settingsItem.setValue(CUSTOM);
    await addPack(packNamed('byggnads'));
    const text = await exportNow();
    const result = parseImport(text, await readImportState(), BUNDLED_PACK);
    expect(result.ok && importChanges(result)).toEqual([]);
  });

  it('adds to the lists instead of wiping them, and lists every change for the preview', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      alwaysSites: ['mine.se'],
      neverSites: ['example.se'],
    });
    await addPack(packNamed('mitt'));
    const file = buildExport(CUSTOM, [
      { pack: packNamed('byggnads'), enabled: true, importedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    const result = parseImport(exportText(file), await readImportState(), BUNDLED_PACK);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.after.settings.alwaysSites).toEqual(['example.se', 'mine.se']);
    expect(result.after.settings.neverSites).toEqual(['svt.se']);
    expect(result.after.settings.quietSites).toEqual(['gp.se']);
    expect(result.after.packs.map((p) => p.pack.id)).toEqual(['byggnads', 'mitt']);
    const kinds = importChanges(result).map((c) => (c.kind === 'setting' ? `${c.kind}:${c.key}` : c.kind));
    expect(kinds).toEqual([
      'setting:mode',
      'setting:english',
      'setting:badge',
      'setting:style',
      'topic',
      'topic',
      'site-added',
      'site-added',
      'site-removed',
      'site-added',
      'site-added',
      'pack-added',
    ]);
  });

  it('reads a file from an older Fackkoll, without the dismissed terms or quiet sites', async () => {
    const { dismissed: _d, quietSites: _q, ...older } = CUSTOM;
    const file = { ...buildExport(CUSTOM, []), settings: older };
    const result = parseImport(JSON.stringify(file), await readImportState(), BUNDLED_PACK);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.after.settings.quietSites).toEqual([]);
    expect(result.after.settings.dismissed).toEqual([]);
    expect(result.after.settings.neverSites).toEqual(['svt.se']);
  });

  it('refuses to apply a preview that went stale, changing nothing', async () => {
    const file = exportText(buildExport(CUSTOM, []));
    const result = parseImport(file, await readImportState(), BUNDLED_PACK);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, english: true });
    const before = await storedBytes();
    if (!result.ok) throw new Error('expected a valid file');
    await expect(applyImport(result)).rejects.toBeInstanceOf(StaleImportError);
    expect(await storedBytes()).toBe(before);
  });

  it('names the file by date', () => {
    expect(exportFileName(new Date('2026-03-04T10:00:00Z'))).toBe('fackkoll-settings-2026-03-04.json');
  });
});
