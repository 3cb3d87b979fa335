/**
 * A page highlights with the stored setup, asks the background only when it is missing or for the
 * other language, and its matcher applies the lexicon's sense rules ("med kort varsel" is not a
 * job cut) as the compiled matcher does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCandidate } from '../../../../core/match/candidate-lines';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import type { PositionPack } from '../../../../core/pack/schema';
import { DEFAULT_SETTINGS } from '../../../../core/settings/schema';
import { pageSetupOf, storePacksIfChanged } from '../../../../entrypoints/background/page-setup';
import { highlightConfig } from '../../../../entrypoints/content/highlight-config';
import { loadPacks, loadPageSetup } from '../../../../entrypoints/content/page-setup-source';
import { onMessage } from '../../../../messaging/messenger';
import { pageSetupItem } from '../../../../storage/page-setup';

const withTerm = (term: string): PositionPack[] => [
  { ...BUNDLED_PACK, lexicon: [{ topic: 'welfare', sv: [term], en: [], exclude: [] }] },
];

/** The background's side, as the test wants it to answer; one listener for the whole file. */
let answer: () => unknown = () => {
  throw new Error('not expected to ask');
};
let asked: unknown[] = [];
let stopListening = () => {};

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  asked = [];
  answer = () => {
    throw new Error('not expected to ask');
  };
  stopListening = onMessage('getPageSetup', async ({ data }) => {
    asked.push(data);
    return answer() as never;
  });
});
afterEach(() => stopListening());

describe('page setup on a page', () => {
  it('uses the stored setup for its language without asking the background', async () => {
    await pageSetupItem.setValue(pageSetupOf(withTerm('alfa'), false));
    const setup = await loadPageSetup(false);
    expect(asked).toEqual([]);
    expect(setup.matcher.candidates.split('\n').map((line) => readCandidate(line).term)).toEqual(['alfa']);
  });

  it('asks the background when none is stored, or for the other language', async () => {
    await pageSetupItem.setValue(pageSetupOf(withTerm('alfa'), false));
    const english = pageSetupOf(withTerm('beta'), true);
    answer = () => english;
    expect((await loadPageSetup(true)).revision).toBe(english.revision);
    await pageSetupItem.removeValue();
    await loadPageSetup(false);
    expect(asked).toEqual([{ english: true }, { english: false }]);
  });

  it('reads the packs copy, and has the background store it when it is missing', async () => {
    answer = async () => {
      await storePacksIfChanged([BUNDLED_PACK]);
      return pageSetupOf([BUNDLED_PACK], false);
    };
    expect((await loadPacks(false)).map((p) => p.id)).toEqual([BUNDLED_PACK.id]);
    expect(asked).toEqual([{ english: false }]);
    expect((await loadPacks(false)).map((p) => p.id)).toEqual([BUNDLED_PACK.id]);
    expect(asked).toHaveLength(1);
  });

  it('builds a matcher that applies sense rules, as the compiled one does', async () => {
    const { buildMatcher } = await import('../../../../entrypoints/content/matcher-cache');
    const matcher = buildMatcher(highlightConfig(pageSetupOf([BUNDLED_PACK], false), DEFAULT_SETTINGS, 'sv'));
    const notice = 'Schemat kan ändras med kort varsel.';
    const jobs = 'Volvo lägger varsel som berör 1 200 anställda.';
    expect(matcher.accepts?.(notice, notice.indexOf('varsel'), 'varsel')).toBe(false);
    expect(matcher.accepts?.(jobs, jobs.indexOf('varsel'), 'varsel')).toBe(true);
  });
});
