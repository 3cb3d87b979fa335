import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../../core/match/index.ts';
import type { MatchCursor } from '../../../../core/match/matcher.ts';
import { BUNDLED_LEXICON } from './lexicon-fixture.ts';

const TEXT = `Kommunal och IF Metall kräver mer till välfärden.
LO:s krav: permanenta uppehållstillstånd för alla som beviljats asyl. Vinster i välfärden,
skattesänkningar och gängvåld – och arbetsmarknadens parter. Hon förlorade a-kassan.`;

/** Every match of the cursor, by the exec() loop mark.js runs. */
function execAll(cursor: MatchCursor, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  cursor.lastIndex = 0;
  for (let m = cursor.exec(text); m; m = cursor.exec(text)) found.push(m);
  return found;
}

describe('the cursor handed to mark.js', () => {
  const matcher = compileLexicon(BUNDLED_LEXICON);

  it('never matches the empty string', () => {
    expect(matcher.cursor.exec('')).toBeNull();
    expect(''.search(matcher.cursor)).toBe(-1);
    const found = execAll(matcher.cursor, TEXT);
    expect(found.length).toBeGreaterThan(8);
    for (const m of found) expect(m[0].length).toBeGreaterThan(0);
  });

  it('search() finds the first match and leaves lastIndex alone', () => {
    matcher.cursor.lastIndex = 7;
    expect('Om välfärden'.search(matcher.cursor)).toBe(3);
    expect(matcher.cursor.lastIndex).toBe(7);
    matcher.cursor.lastIndex = 0;
  });

  it('tells where the match the last search() or exec() found ends', () => {
    expect('Om välfärden i dag'.search(matcher.cursor)).toBe(3);
    expect(matcher.cursor.matchEnd).toBe(12);
    matcher.cursor.lastIndex = 0;
    const match = matcher.cursor.exec('LO:s krav');
    expect(matcher.cursor.matchEnd).toBe((match?.index ?? 0) + (match?.[0].length ?? 0));
    matcher.cursor.lastIndex = 0;
  });

  it('finds what find() finds, at the same offsets, with topicOf agreeing', () => {
    const viaRegex = execAll(matcher.cursor, TEXT).map((m) => ({
      ...matcher.topicOf(m[0]),
      start: m.index,
      end: m.index + m[0].length,
    }));
    expect(viaRegex).toEqual(matcher.find(TEXT));
    expect(viaRegex.length).toBeGreaterThan(8);
  });

  // find() checks the exclusion guard only where a term matched, and the cursor goes on after a
  // refused start: neither may change a result.
  it.each([
    ['false friends', 'Ett flyktigt ämne, två minuters utvisning och ett varmt mottagande av flyktingar.'],
    ['no compound-head literal', 'Skolan och vården, LO och LAS, men inget om invandringen.'],
    ['compound heads only', 'Arbetskraftsinvandringen och välfärdsbrottsligheten, soft\u00ADhyphen.'],
  ])('agrees with the regex on %s', (_name, text) => {
    const viaRegex = execAll(matcher.cursor, text).map((m) => ({
      ...matcher.topicOf(m[0]),
      start: m.index,
      end: m.index + m[0].length,
    }));
    expect(matcher.find(text)).toEqual(viaRegex);
  });

  it('works with the exec/lastIndex loop mark.js uses, and find() leaves its lastIndex alone', () => {
    const regex = matcher.cursor;
    regex.lastIndex = 0;
    const first = regex.exec(TEXT);
    matcher.find(TEXT);
    expect(regex.lastIndex).toBe((first?.index ?? 0) + (first?.[0].length ?? 0));
    regex.lastIndex = 0;
  });

  it('counts per topic, leaving out topics without matches', () => {
    const counts = matcher.count(TEXT);
    expect(counts.unions).toBe(4);
    expect(counts.industry).toBeUndefined();
  });

  it('can be limited to some topics', () => {
    const onlyUnions = compileLexicon(BUNDLED_LEXICON, { topics: ['unions'] });
    expect(new Set(onlyUnions.find(TEXT).map((m) => m.topic))).toEqual(new Set(['unions']));
  });

  it('is safe with no topics at all', () => {
    const none = compileLexicon(BUNDLED_LEXICON, { topics: [] });
    expect(none.find(TEXT)).toEqual([]);
    expect(none.cursor.exec('välfärd')).toBeNull();
  });

  it('returns undefined from topicOf for text it would not match', () => {
    expect(matcher.topicOf('flyktig')).toBeUndefined();
  });
});
