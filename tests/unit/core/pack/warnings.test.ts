/** Warnings at pack import: said after the pack is in, never a reason to refuse it. */
import { describe, expect, it } from 'vitest';
import { packWarningLines } from '../../../../core/import-errors/warning-text';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { checkPackForImport } from '../../../../core/pack/check-import';
import type { PositionPack } from '../../../../core/pack/schema';
import { packWarnings } from '../../../../core/pack/warnings';
import { say } from '../../../../entrypoints/options/say';
import { useLocale } from '../../entrypoints/popup/support';
import { minimalPack } from './minimal-pack';

/** The minimal pack with a URL and a word list for every topic: nothing to warn about. */
function soundPack(): PositionPack {
  const pack = minimalPack();
  (pack.sources[0] as PositionPack['sources'][number]).url = 'https://www.dn.se/debatt/bygg/';
  pack.lexicon.push({ topic: 'work', sv: ['jobb*'], en: [], exclude: [] });
  return pack;
}

describe('packWarnings', () => {
  it('finds nothing in a pack that has it all', () => {
    expect(packWarnings(soundPack())).toEqual([]);
    // The built-in pack reaches every topic and has figures; its op-eds carry no web address.
    expect(new Set(packWarnings(BUNDLED_PACK).map((w) => w.code))).toEqual(new Set(['source-without-url']));
  });

  it('warns of a topic without a word list, or with an empty one', () => {
    const pack = soundPack();
    pack.lexicon = pack.lexicon.filter((e) => e.topic !== 'work');
    expect(packWarnings(pack)).toEqual([{ code: 'topic-unreachable', path: 'topics[1]' }]);
    pack.lexicon.push({ topic: 'work', sv: [], en: [], exclude: ['jobbigt'] });
    expect(packWarnings(pack)).toEqual([{ code: 'topic-unreachable', path: 'topics[1]' }]);
  });

  it('counts English terms as a way to reach a topic', () => {
    const pack = soundPack();
    (pack.lexicon[1] as PositionPack['lexicon'][number]).sv = [];
    (pack.lexicon[1] as PositionPack['lexicon'][number]).en = ['jobs'];
    expect(packWarnings(pack)).toEqual([]);
  });

  it('warns of a pack without figures', () => {
    const pack = soundPack();
    pack.figures = [];
    (pack.sources[0] as PositionPack['sources'][number]).hasFigures = false;
    expect(packWarnings(pack)).toEqual([{ code: 'no-figures', path: 'figures' }]);
  });

  it('warns of a source without a URL, left out or written as unknown', () => {
    const pack = soundPack();
    const source = pack.sources[0] as PositionPack['sources'][number];
    source.url = 'unknown';
    expect(packWarnings(pack)).toEqual([{ code: 'source-without-url', path: 'sources[0].url' }]);
    delete source.url;
    expect(packWarnings(pack)).toEqual([{ code: 'source-without-url', path: 'sources[0].url' }]);
  });

  it('does not stop the import', () => {
    const pack = minimalPack();
    pack.figures = [];
    (pack.sources[0] as PositionPack['sources'][number]).hasFigures = false;
    expect(packWarnings(pack)).toHaveLength(3);
    expect(checkPackForImport(pack, BUNDLED_PACK, []).ok).toBe(true);
  });

  it.each([
    [
      'sv',
      [
        'Inget sökord leder till ämnet ”Arbete”, så det markeras aldrig.',
        'Paketet har inga siffror, så dess kort visar inga.',
        'Källan ”Om bostäder” saknar webbadress, så läsarna kan inte öppna texten.',
      ],
    ],
    [
      'en',
      [
        'No search term leads to the topic “Work”, so it is never highlighted.',
        'The pack has no figures, so its cards show none.',
        'The source “On housing” has no web address, so readers cannot open the text.',
      ],
    ],
  ] as const)('names the topic and source in %s', (lang, lines) => {
    useLocale(lang);
    const pack = minimalPack();
    pack.figures = [];
    expect(packWarningLines(packWarnings(pack), pack, lang, say)).toEqual(lines);
  });
});
