/**
 * The background keeps a compiled matcher in storage for pages to use: compiled once per
 * lexicon, language and version, recompiled when any of them changes, never trusted when stale.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matcherFromData } from '../../../../core/match';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { lexiconKeyOf } from '../../../../core/pack/lexicon-key';
import type { PositionPack } from '../../../../core/pack/schema';
import { compileMatcherIfStale } from '../../../../entrypoints/background/compile-matcher';
import { compiledMatcherItem, matcherKey, usableMatcher } from '../../../../storage/compiled-matcher';

const packs = [BUNDLED_PACK];
const withTerm = (term: string): PositionPack[] => [
  { ...BUNDLED_PACK, lexicon: [{ topic: 'welfare', sv: [term], en: [], exclude: [] }] },
];

beforeEach(() => fakeBrowser.reset());

describe('stored matcher', () => {
  it('compiles the active packs once and stores data a page can match with', async () => {
    const set = vi.spyOn(compiledMatcherItem, 'setValue');
    await compileMatcherIfStale(packs, false);
    await compileMatcherIfStale(packs, false);
    expect(set).toHaveBeenCalledTimes(1);
    const stored = await compiledMatcherItem.getValue();
    const data = usableMatcher(stored, matcherKey(lexiconKeyOf(packs), false));
    expect(data).toBeDefined();
    expect(matcherFromData(data as never).count('Välfärden behöver fler anställda.')).toHaveProperty(
      'welfare',
    );
  });

  it('recompiles when the lexicon or the language changes', async () => {
    await compileMatcherIfStale(withTerm('alfa'), false);
    await compileMatcherIfStale(withTerm('beta'), false);
    const beta = usableMatcher(
      await compiledMatcherItem.getValue(),
      matcherKey(lexiconKeyOf(withTerm('beta')), false),
    );
    expect(
      matcherFromData(beta as never)
        .find('alfa beta')
        .map((m) => m.term),
    ).toEqual(['beta']);
    await compileMatcherIfStale(withTerm('beta'), true);
    expect((await compiledMatcherItem.getValue())?.key).toBe(
      matcherKey(lexiconKeyOf(withTerm('beta')), true),
    );
  });

  it('a page refuses data compiled for another key, format or shape', async () => {
    await compileMatcherIfStale(packs, false);
    const stored = await compiledMatcherItem.getValue();
    const key = matcherKey(lexiconKeyOf(packs), false);
    expect(usableMatcher(stored, key)).toBeDefined();
    expect(usableMatcher(stored, matcherKey(lexiconKeyOf(packs), true))).toBeUndefined();
    expect(usableMatcher({ ...stored, data: { ...stored?.data, format: 0 } }, key)).toBeUndefined();
    expect(usableMatcher({ key, data: { format: 1, candidates: 'x' } }, key)).toBeUndefined();
    for (const junk of [null, 'text', 42, [], { key }]) expect(usableMatcher(junk, key)).toBeUndefined();
  });

  it('a lexicon that does not compile leaves no stale data behind', async () => {
    await compileMatcherIfStale(packs, false);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await compileMatcherIfStale(withTerm('[near: x]'), false);
    expect(await compiledMatcherItem.getValue()).toBeNull();
    expect(error).toHaveBeenCalled();
  });
});
