/**
 * Signed packs in storage: the first signed install pins the key; every refusal leaves the
 * stored packs and settings byte-identical.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PositionPack } from '../../../core/pack/schema';
import { generateSigningKey, signPack } from '../../../core/pack/signature';
import { EXTENSION_VERSION } from '../../../storage/extension-version';
import { addPack, checkNewPack, StalePackError } from '../../../storage/pack-actions';
import { getImportedPacks } from '../../../storage/packs';
import { settingsItem } from '../../../storage/settings';
import { TamperedPackError } from '../../../storage/transfer/apply';
import { buildExport, exportText } from '../../../storage/transfer/export';
import { packNamed } from '../entrypoints/options/pack-fixtures';
import { importText, storedBytes } from './transfer/helpers';

const at = (version: string): PositionPack => ({ ...packNamed('byggnads'), version });

async function install(pack: PositionPack) {
  const check = await checkNewPack(pack);
  if (!check.ok) throw new Error(`refused: ${JSON.stringify(check.errors)}`);
  await addPack(check.pack, new Date('2026-12-01T00:00:00Z'), check.trust.publicKey);
  return check;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('signed packs', () => {
  it('pin the key at first install and take a newer version signed by it, after the caller confirms', async () => {
    const keys = await generateSigningKey();
    const first = await install(await signPack(at('1.0.0'), keys));
    expect(first.trust).toEqual({ ok: true, kind: 'new', publicKey: keys.publicKey });
    expect((await getImportedPacks())[0]?.publicKey).toBe(keys.publicKey);

    const update = await checkNewPack(await signPack(at('1.1.0'), keys));
    expect(update.ok && update.trust.kind).toBe('update');
    expect(update.ok && update.installed?.pack.version).toBe('1.0.0');
    // Checking is not installing: nothing changes until addPack.
    expect((await getImportedPacks())[0]?.pack.version).toBe('1.0.0');
    if (update.ok) await addPack(update.pack, new Date(), update.trust.publicKey);
    expect((await getImportedPacks()).map((p) => [p.pack.version, p.publicKey])).toEqual([
      ['1.1.0', keys.publicKey],
    ]);
  });

  it.each([
    [
      'another key',
      async (keys: Awaited<ReturnType<typeof generateSigningKey>>) => {
        void keys;
        return signPack(at('2.0.0'), await generateSigningKey());
      },
      'other-key',
    ],
    ['no signature', async () => at('2.0.0'), 'unsigned-update'],
    [
      'an older version (a replay)',
      async (keys: Awaited<ReturnType<typeof generateSigningKey>>) => signPack(at('0.9.0'), keys),
      'not-newer',
    ],
    [
      'one changed byte',
      async (keys: Awaited<ReturnType<typeof generateSigningKey>>) => {
        const signed = await signPack(at('2.0.0'), keys);
        signed.name.sv = `${signed.name.sv}!`;
        return signed;
      },
      'tampered',
    ],
  ] as const)('refuse an update with %s and change nothing stored', async (_what, make, reason) => {
    const keys = await generateSigningKey();
    await install(await signPack(at('1.0.0'), keys));
    const before = await storedBytes();
    const check = await checkNewPack(await make(keys));
    expect(check).toMatchObject({ ok: false, refused: reason, installedVersion: '1.0.0' });
    expect(await storedBytes()).toBe(before);
  });

  it('install unsigned packs as unsigned, and a signed update of one pins its key', async () => {
    await install(at('1.0.0'));
    expect((await getImportedPacks())[0]?.publicKey).toBeUndefined();
    const keys = await generateSigningKey();
    await install(await signPack(at('1.1.0'), keys));
    expect((await getImportedPacks())[0]?.publicKey).toBe(keys.publicKey);
  });

  it('refuse a pin that does not match what the caller installs', async () => {
    const keys = await generateSigningKey();
    await install(await signPack(at('1.0.0'), keys));
    const other = await signPack(at('1.1.0'), await generateSigningKey());
    await expect(addPack(other, new Date(), other.signature?.publicKey)).rejects.toThrow(
      /pinned to another key/,
    );
  });
});

describe('signed packs in a settings file', () => {
  const exported = async () =>
    exportText(
      buildExport(await settingsItem.getValue(), await getImportedPacks(), new Date('2026-12-04T00:00:00Z')),
    );

  it('keep their pinned key through export and import into a fresh install', async () => {
    const keys = await generateSigningKey();
    await install(await signPack(at('1.0.0'), keys));
    const text = await exported();
    fakeBrowser.reset();
    const result = await importText(text);
    expect(result.ok).toBe(true);
    expect((await getImportedPacks()).map((p) => p.publicKey)).toEqual([keys.publicKey]);
  });

  it('cannot replace a pinned pack with one signed by another key, and change nothing', async () => {
    await install(await signPack(at('1.0.0'), await generateSigningKey()));
    const before = await storedBytes();
    const file = JSON.parse(await exported());
    file.packs[0].pack = await signPack(at('2.0.0'), await generateSigningKey());
    const result = await importText(JSON.stringify(file));
    expect(result.ok || result.errors).toContainEqual({
      path: 'packs[0].pack.signature',
      message: 'the installed pack is signed with another key',
    });
    expect(await storedBytes()).toBe(before);
  });

  it('refuse a pack changed after signing before writing anything', async () => {
    const keys = await generateSigningKey();
    await install(await signPack(at('1.0.0'), keys));
    const before = await storedBytes();
    const file = JSON.parse(await exported());
    const newer = await signPack(at('2.0.0'), keys);
    newer.name.en = 'Tampered';
    file.packs[0].pack = newer;
    file.settings.english = true;
    await expect(importText(JSON.stringify(file))).rejects.toBeInstanceOf(TamperedPackError);
    expect(await storedBytes()).toBe(before);
  });
});

describe('minimum extension version', () => {
  it('refuses a pack that needs a newer Fackkoll, saying which, and takes one this version reads', async () => {
    const version = EXTENSION_VERSION;
    const check = await checkNewPack({ ...at('1.0.0'), minExtensionVersion: '99.0.0' });
    expect(check).toEqual({
      ok: false,
      errors: [
        { path: 'minExtensionVersion', message: `needs Fackkoll 99.0.0 or newer (this is ${version})` },
      ],
    });
    expect((await checkNewPack({ ...at('1.0.0'), minExtensionVersion: version })).ok).toBe(true);
  });
});

describe('packs stored before signatures (storage version 1)', () => {
  it('read as unsigned installs, and a signed update of one pins its key', async () => {
    const old = { pack: at('1.0.0'), enabled: false, importedAt: '2026-01-01T00:00:00.000Z' };
    await fakeBrowser.storage.local.set({ packs: [old], packs$: { v: 1 } });
    expect(await getImportedPacks()).toEqual([old]);
    const keys = await generateSigningKey();
    await install(await signPack(at('1.1.0'), keys));
    expect((await getImportedPacks()).map((p) => [p.pack.version, p.enabled, p.publicKey])).toEqual([
      ['1.1.0', false, keys.publicKey],
    ]);
  });
});

describe('an update preview left open', () => {
  it('installs nothing when the pack changed meanwhile, so a stale preview cannot downgrade it', async () => {
    const keys = await generateSigningKey();
    await install(await signPack(at('1.0.0'), keys));
    const preview = await checkNewPack(await signPack(at('1.1.0'), keys));
    if (!preview.ok) throw new Error('expected an update');
    await install(await signPack(at('2.0.0'), keys)); // another options tab, meanwhile
    const before = await storedBytes();
    await expect(
      addPack(preview.pack, new Date(), preview.trust.publicKey, preview.installed ?? null),
    ).rejects.toBeInstanceOf(StalePackError);
    expect(await storedBytes()).toBe(before);
    expect((await getImportedPacks())[0]?.pack.version).toBe('2.0.0');
  });
});
