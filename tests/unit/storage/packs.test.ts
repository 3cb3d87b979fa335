/** Imported position packs: checks at import, storage in `local`, on/off, removal, what tabs see. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_PACK } from '../../../core/pack/bundled';
import { PACK_LIMITS } from '../../../core/pack/limits';
import type { PositionPack } from '../../../core/pack/schema';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';
import { getActivePacks, watchActivePacks } from '../../../storage/active-packs';
import { repairStoredPacks } from '../../../storage/keep-packs-repaired';
import { getNotices } from '../../../storage/notices';
import { addPack, checkNewPack, removePack, setPackEnabled } from '../../../storage/pack-actions';
import { getImportedPacks } from '../../../storage/packs';
import { settingsItem } from '../../../storage/settings';
import { nth, packNamed } from '../entrypoints/options/pack-fixtures';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('importing a pack', () => {
  it('accepts a valid pack and makes it active in every tab', async () => {
    const seen = vi.fn();
    const stop = watchActivePacks(seen);
    const check = await checkNewPack(packNamed('byggnads'));
    expect(check.ok).toBe(true);
    if (check.ok) await addPack(check.pack);
    expect((await getActivePacks()).map((p) => p.id)).toEqual([BUNDLED_PACK.id, 'byggnads']);
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(seen.mock.lastCall?.[0].map((p: PositionPack) => p.id)).toEqual([BUNDLED_PACK.id, 'byggnads']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({}); // large data stays out of sync
    stop();
  });

  it('turns a pack off and on without forgetting it', async () => {
    await addPack(packNamed('byggnads'));
    await setPackEnabled('byggnads', false);
    expect((await getActivePacks()).map((p) => p.id)).toEqual([BUNDLED_PACK.id]);
    await setPackEnabled('byggnads', true);
    expect((await getActivePacks()).map((p) => p.id)).toContain('byggnads');
  });

  it('replaces a pack with the same id, keeping its on/off choice', async () => {
    await addPack(packNamed('byggnads'));
    await setPackEnabled('byggnads', false);
    const newer = { ...packNamed('byggnads'), name: { sv: 'Ny', en: 'New' } };
    expect((await checkNewPack(newer)).ok).toBe(true);
    await addPack(newer);
    const stored = await getImportedPacks();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ enabled: false, pack: { name: { en: 'New' } } });
  });

  it('removes a pack and forgets the choices made for its topics', async () => {
    await addPack(packNamed('byggnads'));
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      topics: {
        'byggnads-topic-0': { enabled: false, color: null },
        asylum: { enabled: false, color: null },
      },
    });
    await removePack('byggnads');
    expect(await getImportedPacks()).toEqual([]);
    expect((await settingsItem.getValue()).topics).toEqual({ asylum: { enabled: false, color: null } });
  });

  it('refuses a topic id another pack already uses', async () => {
    const clash = packNamed('byggnads');
    nth(clash.topics, 0).id = 'asylum';
    nth(clash.topics, 1).related = ['asylum'];
    nth(clash.positions, 0).topic = 'asylum';
    nth(clash.figures, 0).topics = ['asylum'];
    nth(clash.lexicon, 0).topic = 'asylum';
    const check = await checkNewPack(clash);
    expect(check).toEqual({
      ok: false,
      errors: [
        { path: 'topics[0].id', message: `topic "asylum" already comes from pack "${BUNDLED_PACK.id}"` },
      ],
    });
  });

  it('refuses the id of the built-in pack', async () => {
    const check = await checkNewPack({ ...packNamed('x'), id: BUNDLED_PACK.id });
    expect(check.ok || check.errors[0]).toMatchObject({ path: 'id' });
  });

  it.each([
    ['a regex', 'fack(et|en)', /not allowed/],
    ['a one-letter stem', 'a*', /too short a stem/],
    ['a wildcard in the middle', 'fa*ck', /only allowed at the start or end/],
    ['double spaces', 'fack  förbund', /exactly one space/],
  ])('refuses a lexicon with %s, naming the pattern', async (_what, term, reason) => {
    const pack = packNamed('byggnads');
    nth(pack.lexicon, 0).sv = ['bra', term];
    const check = await checkNewPack(pack);
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.errors[0]).toMatchObject({
        path: 'lexicon[0].sv[1]',
        message: expect.stringMatching(reason),
      });
  });

  it('enforces the limits with a message that names them', async () => {
    const big = packNamed('stor', PACK_LIMITS.topicsPerPack + 1);
    const check = await checkNewPack(big);
    expect(check.ok || check.errors).toContainEqual({
      path: 'topics',
      message: `31 topics; a pack may have at most ${PACK_LIMITS.topicsPerPack}`,
    });

    const many = packNamed('ord');
    nth(many.lexicon, 0).sv = Array.from({ length: 300 }, (_, i) => `ord${i}`);
    nth(many.lexicon, 0).en = Array.from({ length: PACK_LIMITS.termsPerPack - 299 }, (_, i) => `word${i}`);
    const terms = await checkNewPack(many);
    expect(terms.ok || terms.errors[0]?.message).toMatch(/at most 600/);

    for (let i = 0; i < PACK_LIMITS.packs; i++) await addPack(packNamed(`p${i}`));
    const eleventh = await checkNewPack(packNamed('p-extra'));
    expect(eleventh.ok || eleventh.errors.map((e) => e.message).join()).toMatch(
      /at most 10 imported packs|limit is 60/,
    );
  });
});

describe('stored packs', () => {
  it('drops a damaged stored pack, keeps the others, and says so once', async () => {
    await addPack(packNamed('good'));
    const [entry] = (await fakeBrowser.storage.local.get('packs')).packs as unknown[];
    await fakeBrowser.storage.local.set({
      packs: [entry, { pack: { id: 'broken' }, enabled: true, importedAt: 'x' }, 'junk'],
    });
    expect((await getActivePacks()).map((p) => p.id)).toEqual([BUNDLED_PACK.id, 'good']);
    expect(await repairStoredPacks()).toBe(true);
    expect(await repairStoredPacks()).toBe(false);
    expect((await getImportedPacks()).map((p) => p.pack.id)).toEqual(['good']);
    expect((await getNotices()).map((n) => n.kind)).toEqual(['packs-repaired']);
  });

  it('reads a stored value that is not a list as no imported packs', async () => {
    await fakeBrowser.storage.local.set({ packs: { not: 'a list' } });
    expect(await getActivePacks()).toEqual([BUNDLED_PACK]);
  });
});
