/**
 * The background keeps the page setup (topics and compiled lexicon) and a copy of the packs in
 * storage for pages: compiled once per lexicon, language and version, redone on any change,
 * never trusted by a page when it is for another language or damaged.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matcherFromData } from '../../../../core/match';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import type { PositionPack } from '../../../../core/pack/schema';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import {
  setupForPage,
  storePacksIfChanged,
  storeSetupIfStale,
  topicHeads,
} from '../../../../entrypoints/background/page-setup';
import { packsCopyItem, pageSetupItem, usableSetup } from '../../../../storage/page-setup';
import { settingsItem } from '../../../../storage/settings';

const withTerm = (term: string): PositionPack[] => [
  { ...BUNDLED_PACK, lexicon: [{ topic: 'welfare', sv: [term], en: [], exclude: [] }] },
];

beforeEach(() => fakeBrowser.reset());

describe('page setup', () => {
  it('compiles the active packs once and stores what a page matches with', async () => {
    const set = vi.spyOn(pageSetupItem, 'setValue');
    await storeSetupIfStale([BUNDLED_PACK], false);
    await storeSetupIfStale([BUNDLED_PACK], false);
    expect(set).toHaveBeenCalledTimes(1);
    const setup = usableSetup(await pageSetupItem.getValue(), false);
    expect(setup?.topics.map((t) => t.id)).toEqual(BUNDLED_PACK.topics.map((t) => t.id));
    expect(
      matcherFromData(setup?.matcher as never).count('Välfärden behöver fler anställda.'),
    ).toHaveProperty('welfare');
  });

  it('recompiles when the lexicon or the language changes', async () => {
    const alfa = await storeSetupIfStale(withTerm('alfa'), false);
    const beta = await storeSetupIfStale(withTerm('beta'), false);
    expect(beta.revision).not.toBe(alfa.revision);
    expect(
      matcherFromData(beta.matcher)
        .find('alfa beta')
        .map((m) => m.term),
    ).toEqual(['beta']);
    const english = await storeSetupIfStale(withTerm('beta'), true);
    expect(english.revision).not.toBe(beta.revision);
    expect((await pageSetupItem.getValue())?.english).toBe(true);
  });

  it('keeps the first pack’s topic when two packs define the same id', () => {
    const imported = {
      ...BUNDLED_PACK,
      topics: BUNDLED_PACK.topics.map((t) => ({ ...t, color: '#000000' })),
    };
    expect(topicHeads([BUNDLED_PACK, imported]).map((t) => t.color)).toEqual(
      BUNDLED_PACK.topics.map((t) => t.color),
    );
  });

  it('answers a page asking for the other language without storing it', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, english: false });
    const english = await setupForPage(true);
    expect(english.english).toBe(true);
    expect(matcherFromData(english.matcher).count('The pension reform')).not.toEqual({});
    expect(await pageSetupItem.getValue()).toBeNull();
    const swedish = await setupForPage(false);
    expect((await pageSetupItem.getValue())?.revision).toBe(swedish.revision);
    expect((await packsCopyItem.getValue())?.packs.map((p) => p.id)).toEqual([BUNDLED_PACK.id]);
  });

  it('rewrites the packs copy only when the packs change', async () => {
    const set = vi.spyOn(packsCopyItem, 'setValue');
    await storePacksIfChanged([BUNDLED_PACK]);
    await storePacksIfChanged([BUNDLED_PACK]);
    expect(set).toHaveBeenCalledTimes(1);
    await storePacksIfChanged(withTerm('alfa'));
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('a page refuses a setup for the other language, or one that is damaged', async () => {
    const setup = await storeSetupIfStale([BUNDLED_PACK], false);
    expect(usableSetup(setup, false)).toBeDefined();
    expect(usableSetup(setup, true)).toBeUndefined();
    expect(usableSetup({ ...setup, matcher: { ...setup.matcher, format: 0 } }, false)).toBeUndefined();
    expect(usableSetup({ ...setup, matcher: { ...setup.matcher, word: undefined } }, false)).toBeUndefined();
    // Terms and rules as records (format 5 and before) would break a page that splits lines.
    expect(usableSetup({ ...setup, matcher: { ...setup.matcher, candidates: [] } }, false)).toBeUndefined();
    expect(usableSetup({ ...setup, matcher: { ...setup.matcher, senses: [] } }, false)).toBeUndefined();
    expect(usableSetup({ ...setup, matcher: { ...setup.matcher, tiers: null } }, false)).toBeUndefined();
    expect(usableSetup({ ...setup, topics: [{ id: 'x' }] }, false)).toBeUndefined();
    expect(usableSetup({ ...setup, revision: 7 }, false)).toBeUndefined();
    for (const junk of [null, 'text', 42, [], { english: false }])
      expect(usableSetup(junk, false)).toBeUndefined();
  });
});
