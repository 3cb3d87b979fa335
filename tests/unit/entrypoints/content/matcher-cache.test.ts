/**
 * A page builds its matcher from the data the background stored, and compiles the lexicon itself
 * only when that data is missing, stale or damaged.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileLexiconData } from '../../../../core/match';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import type { PositionPack } from '../../../../core/pack/schema';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import { highlightConfig } from '../../../../entrypoints/content/highlight-config';
import { compiledMatcherItem, matcherKey } from '../../../../storage/compiled-matcher';

const pack = (term: string): PositionPack[] => [
  { ...BUNDLED_PACK, lexicon: [{ topic: 'welfare', sv: [term], en: [], exclude: [] }] },
];
const pause = () => Promise.resolve();

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

/** A fresh module each time: the cache lives for the life of a content script. */
const load = () => import('../../../../entrypoints/content/matcher-cache');

describe('matcher cache', () => {
  it('uses the stored data compiled for this lexicon instead of compiling', async () => {
    const config = highlightConfig(pack('alfa'), DEFAULT_SETTINGS, 'sv');
    // Data for another word under this lexicon's key: only a matcher built from it finds "beta".
    await compiledMatcherItem.setValue({
      key: matcherKey(config.lexiconKey, false),
      data: compileLexiconData(pack('beta')[0]?.lexicon ?? []),
    });
    const { prepareMatcher } = await load();
    const matcher = await prepareMatcher(config, pause);
    expect('alfa beta'.search(matcher.regex)).toBe(5);
  });

  it('compiles for itself when the stored data is for another lexicon', async () => {
    await compiledMatcherItem.setValue({
      key: matcherKey(highlightConfig(pack('beta'), DEFAULT_SETTINGS, 'sv').lexiconKey, false),
      data: compileLexiconData(pack('beta')[0]?.lexicon ?? []),
    });
    const { prepareMatcher } = await load();
    const matcher = await prepareMatcher(highlightConfig(pack('alfa'), DEFAULT_SETTINGS, 'sv'), pause);
    expect('beta alfa'.search(matcher.regex)).toBe(5);
  });

  it('compiles for itself when the stored data is damaged', async () => {
    const config = highlightConfig(pack('alfa'), DEFAULT_SETTINGS, 'sv');
    const data = compileLexiconData(pack('alfa')[0]?.lexicon ?? []);
    await compiledMatcherItem.setValue({
      key: matcherKey(config.lexiconKey, false),
      data: { ...data, tiers: { word: '(' } },
    });
    const { prepareMatcher } = await load();
    const matcher = await prepareMatcher(config, pause);
    expect('x alfa'.search(matcher.regex)).toBe(2);
  });
});
