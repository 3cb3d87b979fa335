import { describe, expect, it } from 'vitest';
import type { PositionPack } from '../../../../core/pack/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../../core/settings/schema';
import { configChange } from '../../../../entrypoints/content/config-change';
import { highlightConfig } from '../../../../entrypoints/content/highlight-config';
import { pageReport } from '../../../../entrypoints/content/page-report';

const topic = (id: string, color: string) => ({
  id,
  name: { sv: `${id} sv`, en: `${id} en` },
  description: { sv: 'x', en: 'x' },
  color,
  related: [],
});
const pack = {
  topics: [topic('asylum', '#9cd3ff'), topic('unions', '#ffbf80')],
  lexicon: [
    { topic: 'asylum', sv: ['asyl*'], en: ['asylum'], exclude: [] },
    { topic: 'unions', sv: ['LO'], en: [], exclude: [] },
  ],
} as unknown as PositionPack;
const withTopics = (topics: Settings['topics'], more: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  topics,
  ...more,
});

describe('highlight config from packs and settings', () => {
  it('uses pack colours unless the user chose one, and leaves out switched-off topics', () => {
    const config = highlightConfig(
      [pack],
      withTopics({ asylum: { enabled: true, color: '#123456' }, unions: { enabled: false, color: null } }),
      'sv',
    );
    expect(config.topics).toEqual(['asylum']);
    expect(config.appearance.topics).toEqual([{ id: 'asylum', name: 'asylum sv', color: '#123456' }]);
  });

  it('classifies changes: colour → restyle, topic off → remove, topic on or English → rematch', () => {
    const base = highlightConfig([pack], DEFAULT_SETTINGS, 'sv');
    const recolour = highlightConfig(
      [pack],
      withTopics({ unions: { enabled: true, color: '#000000' } }),
      'sv',
    );
    const off = highlightConfig([pack], withTopics({ unions: { enabled: false, color: null } }), 'sv');
    const english = highlightConfig([pack], withTopics({}, { english: true }), 'sv');
    const outline = highlightConfig([pack], withTopics({}, { style: 'outline' }), 'sv');
    expect(configChange(base, base)).toEqual({ kind: 'none' });
    expect(configChange(base, recolour)).toEqual({ kind: 'restyle' });
    expect(configChange(base, outline)).toEqual({ kind: 'restyle' });
    expect(configChange(base, off)).toEqual({ kind: 'remove-topics', topics: ['unions'] });
    expect(configChange(off, base)).toEqual({ kind: 'rematch' });
    expect(configChange(base, english)).toEqual({ kind: 'rematch' });
  });

  it('rematches when a pack changes its lexicon, and only then', () => {
    const base = highlightConfig([pack], DEFAULT_SETTINGS, 'sv');
    const samePacksAgain = highlightConfig([{ ...pack }], DEFAULT_SETTINGS, 'sv');
    const lexicon = pack.lexicon.map((e, i) => (i === 0 ? { ...e, sv: [...e.sv, 'nytt*'] } : e));
    const newTerm = highlightConfig([{ ...pack, lexicon }], DEFAULT_SETTINGS, 'sv');
    expect(configChange(base, samePacksAgain)).toEqual({ kind: 'none' });
    expect(configChange(base, newTerm)).toEqual({ kind: 'rematch' });
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
