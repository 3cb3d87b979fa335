import { describe, expect, it } from 'vitest';
import type { PositionPack } from '../../../../core/pack/schema';
import { termKey } from '../../../../core/settings/dismissals';
import { DEFAULT_SETTINGS, type Settings } from '../../../../core/settings/schema';
import { pageSetupOf } from '../../../../entrypoints/background/page-setup';
import { configChange, removedMarks } from '../../../../entrypoints/content/config-change';
import { highlightConfig } from '../../../../entrypoints/content/highlight-config';
import { pageReport } from '../../../../entrypoints/content/page-report';
import { topic } from './test-pack';

const pack = {
  topics: [topic('asylum', '#9cd3ff'), topic('unions', '#ffbf80')],
  lexicon: [
    { topic: 'asylum', sv: ['asyl*'], en: ['asylum'], exclude: [] },
    { topic: 'unions', sv: ['LO'], en: [], exclude: [] },
  ],
} as unknown as PositionPack;
/** The config a page builds from the setup the background made for these packs. */
const configOf = (packs: PositionPack[], settings: Settings, lang: 'sv' | 'en', page?: { host?: string }) =>
  highlightConfig(pageSetupOf(packs, settings.english), settings, lang, page);
const withTopics = (topics: Settings['topics'], more: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  topics,
  ...more,
});

describe('highlight config from packs and settings', () => {
  it('uses pack colours unless the user chose one, and leaves out switched-off topics', () => {
    const config = configOf(
      [pack],
      withTopics({ asylum: { enabled: true, color: '#c0ffee' }, unions: { enabled: false, color: null } }),
      'sv',
    );
    expect(config.topics).toEqual(['asylum']);
    expect(config.appearance.topics).toEqual([{ id: 'asylum', name: 'asylum sv', color: '#c0ffee' }]);
  });

  it('classifies changes: colour → restyle, topic off → remove, topic on or English → rematch', () => {
    const base = configOf([pack], DEFAULT_SETTINGS, 'sv');
    const recolour = configOf([pack], withTopics({ unions: { enabled: true, color: '#000000' } }), 'sv');
    const off = configOf([pack], withTopics({ unions: { enabled: false, color: null } }), 'sv');
    const english = configOf([pack], withTopics({}, { english: true }), 'sv');
    const outline = configOf([pack], withTopics({}, { style: 'outline' }), 'sv');
    expect(configChange(base, base)).toEqual({ kind: 'none' });
    expect(configChange(base, recolour)).toEqual({ kind: 'restyle' });
    expect(configChange(base, outline)).toEqual({ kind: 'restyle' });
    expect(configChange(base, off)).toEqual({ kind: 'remove-marks', topics: ['unions'], terms: [] });
    expect(configChange(off, base)).toEqual({ kind: 'rematch' });
    expect(configChange(base, english)).toEqual({ kind: 'rematch' });
  });

  it('rematches when a pack changes its lexicon, and only then', () => {
    const base = configOf([pack], DEFAULT_SETTINGS, 'sv');
    const samePacksAgain = configOf([{ ...pack }], DEFAULT_SETTINGS, 'sv');
    const lexicon = pack.lexicon.map((e, i) => (i === 0 ? { ...e, sv: [...e.sv, 'nytt*'] } : e));
    const newTerm = configOf([{ ...pack, lexicon }], DEFAULT_SETTINGS, 'sv');
    expect(configChange(base, samePacksAgain)).toEqual({ kind: 'none' });
    expect(configChange(base, newTerm)).toEqual({ kind: 'rematch' });
  });
});

describe('dismissed terms ("not this topic here")', () => {
  const dismissing = (...dismissed: Settings['dismissed']) => withTopics({}, { dismissed });
  const varsel = { topic: 'asylum', term: 'asylsökande', site: 'dn.se' };

  it('apply to the page’s own site and to every site, not to others', () => {
    const settings = dismissing(varsel, { topic: 'unions', term: 'lo' });
    expect(configOf([pack], settings, 'sv', { host: 'www.dn.se' }).dismissed).toEqual([
      termKey('asylum', 'asylsökande'),
      termKey('unions', 'lo'),
    ]);
    expect(configOf([pack], settings, 'sv', { host: 'svt.se' }).dismissed).toEqual([termKey('unions', 'lo')]);
  });

  it('a new one removes only its marks; an undone one matches the page again', () => {
    const base = configOf([pack], DEFAULT_SETTINGS, 'sv', { host: 'www.dn.se' });
    const dismissed = configOf([pack], dismissing(varsel), 'sv', { host: 'www.dn.se' });
    const change = configChange(base, dismissed);
    expect(change).toEqual({ kind: 'remove-marks', topics: [], terms: [termKey('asylum', 'asylsökande')] });
    expect(configChange(dismissed, base)).toEqual({ kind: 'rematch' });
    // Another site's dismissal changes nothing here.
    expect(
      configChange(
        base,
        configOf([pack], dismissing({ ...varsel, site: 'svt.se' }), 'sv', { host: 'www.dn.se' }),
      ),
    ).toEqual({
      kind: 'none',
    });
    if (change.kind !== 'remove-marks') throw new Error('expected remove-marks');
    const removed = removedMarks(change);
    expect(removed('asylum', 'Asyl\u00ADsökande')).toBe(true);
    expect(removed('asylum', 'asylrätt')).toBe(false);
    expect(removed('unions', 'asylsökande')).toBe(false);
  });
});

describe('page report', () => {
  it('drops the fragment and sums the counts', () => {
    expect(pageReport('https://www.svt.se/nyheter/a#kommentarer', [{ topic: 'asylum', count: 3 }])).toEqual({
      url: 'https://www.svt.se/nyheter/a',
      topics: [{ topic: 'asylum', count: 3 }],
      total: 3,
    });
  });
});

describe('a quiet site (the popup list, no highlights)', () => {
  it('makes the marks quiet on the site and its subdomains only, and remakes them when that changes', () => {
    const quiet = withTopics({}, { quietSites: ['dn.se'] });
    expect(configOf([pack], quiet, 'sv', { host: 'www.dn.se' }).appearance.quiet).toBe(true);
    expect(configOf([pack], quiet, 'sv', { host: 'www.svt.se' }).appearance.quiet).toBeUndefined();
    const shown = configOf([pack], DEFAULT_SETTINGS, 'sv', { host: 'www.dn.se' });
    const hidden = configOf([pack], quiet, 'sv', { host: 'www.dn.se' });
    // Quiet marks carry no role or name: switching is making them again, not a new stylesheet.
    expect(configChange(shown, hidden)).toEqual({ kind: 'rematch' });
    expect(configChange(hidden, shown)).toEqual({ kind: 'rematch' });
    expect(configChange(hidden, configOf([pack], quiet, 'sv', { host: 'www.dn.se' }))).toEqual({
      kind: 'none',
    });
  });
});
