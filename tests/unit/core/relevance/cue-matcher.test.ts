import { describe, expect, it } from 'vitest';
import { parsePattern } from '../../../../core/match';
import { CueMatcher } from '../../../../core/relevance/cue-matcher';

const find = (patterns: string[], text: string) =>
  Object.fromEntries(
    [...new CueMatcher(patterns.map(parsePattern)).find(text)].map(([id, words]) => [patterns[id], words]),
  );

describe('cue matcher', () => {
  it('finds a phrase and a word inside it, each on its own', () => {
    expect(
      find(['permanent* uppehållstillstånd*', 'uppehållstillstånd*'], 'Kräv permanenta uppehållstillstånd!'),
    ).toEqual({
      'permanent* uppehållstillstånd*': 'permanenta uppehållstillstånd',
      'uppehållstillstånd*': 'uppehållstillstånd',
    });
  });

  it('reads stems, compound heads and whole words as the lexicon does', () => {
    const patterns = ['skattesänkning*', '*förmögenhet*', 'krig', 'flytt'];
    expect(find(patterns, 'Skattesänkningarna och jätteförmögenheterna')).toEqual({
      'skattesänkning*': 'Skattesänkningarna',
      '*förmögenhet*': 'jätteförmögenheterna',
    });
    // Whole words only: "kriget" is not "krig", "flyttade" is not "flytt".
    expect(find(patterns, 'Efter kriget flyttade de.')).toEqual({});
    // A compound head needs a letter before it.
    expect(find(['*förmögenhet*'], 'förmögenheten')).toEqual({});
  });

  it('matches capitalised patterns case-sensitively, and LO in LO:s', () => {
    expect(find(['PUT', 'LO'], 'Han satte put på det.')).toEqual({});
    expect(find(['PUT', 'LO'], 'LO:s krav på PUT.')).toEqual({ PUT: 'PUT', LO: 'LO' });
  });

  it('reads text as pages have it: soft hyphens, decomposed letters, Unicode hyphens', () => {
    const text = 'väl\u00ADfärds\u00ADinvesteringar, va\u0308lfa\u0308rd och a\u2011kassan';
    expect(find(['välfärdsinvestering*', 'välfärd', 'a-kass*'], text)).toEqual({
      'välfärdsinvestering*': 'välfärdsinvesteringar',
      välfärd: 'välfärd',
      'a-kass*': 'a kassan',
    });
  });

  it('finds words of a phrase only next to each other, in order, and not across punctuation', () => {
    expect(find(['hårdare tag'], 'tag hårdare')).toEqual({});
    expect(find(['hårdare tag'], 'krav på hårdare\ntag mot brott')).toEqual({ 'hårdare tag': 'hårdare tag' });
    expect(find(['fler kollegor'], 'fler, kollegor')).toEqual({});
    expect(find(['permanent* uppehållstillstånd*'], 'permanent. Uppehållstillstånden')).toEqual({});
  });

  it('ends a word at a hyphen, as the lexicon does', () => {
    expect(find(['LO', 'PUT', 'medborgar*'], 'LO-förbunden, PUT-beslut och EU-medborgare')).toEqual({
      LO: 'LO',
      PUT: 'PUT',
      'medborgar*': 'medborgare',
    });
    // A compound head needs letters of its own word before it, not another word's.
    expect(find(['*invandring'], 'EU-invandring')).toEqual({});
  });
});
