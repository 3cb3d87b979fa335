import { describe, expect, it } from 'vitest';
import { PatternError, parsePattern } from '../../../../core/match/index.ts';

function errorOf(pattern: string): PatternError {
  try {
    parsePattern(pattern);
  } catch (error) {
    if (error instanceof PatternError) return error;
    throw error;
  }
  throw new Error(`"${pattern}" was accepted`);
}

describe('parsePattern', () => {
  it('reads words, stems, compound heads and phrases', () => {
    expect(parsePattern('*invandr*').words).toEqual([{ text: 'invandr', head: true, stem: true }]);
    expect(parsePattern('vinster i välfärden').words.map((w) => w.text)).toEqual([
      'vinster',
      'i',
      'välfärden',
    ]);
    expect(parsePattern('a-kass*').words).toEqual([{ text: 'a-kass', head: false, stem: true }]);
  });

  it('makes a term case-sensitive exactly when it has a capital letter', () => {
    expect(parsePattern('LO').caseSensitive).toBe(true);
    expect(parsePattern('IF Metall').caseSensitive).toBe(true);
    expect(parsePattern('välfärd*').caseSensitive).toBe(false);
  });

  it('normalises NFD patterns to NFC', () => {
    expect(parsePattern('va\u0308lfa\u0308rd').words[0]?.text).toBe('välfärd');
  });

  it.each([
    ['', 0, 'empty'],
    ['vård(en)', 4, 'not allowed'],
    ['asyl|flykt', 4, 'not allowed'],
    ['väl.*', 3, 'between letters'],
    ['väl*färd', 3, '"*" is only allowed'],
    ['a-', 1, 'between letters'],
    ['ab*', 0, 'too short a stem'],
    ['*org', 0, 'too short a compound head'],
    ['vinster  i', 8, 'exactly one space'],
    [' vård', 0, 'leading space'],
    ['*', 1, 'at least one letter'],
  ])('rejects %j at position %i', (pattern, position, reason) => {
    const error = errorOf(pattern);
    expect(error.position).toBe(position);
    expect(error.message).toContain(reason);
    expect(error.message).toContain(`position ${position + 1}`);
  });

  it('refuses regex syntax of every kind, so packs cannot smuggle in a slow regex', () => {
    for (const bad of ['a+b', '(a|b)', 'x{1,9}', 'a?', '[abc]', '^vård$', 'vård\\b']) {
      expect(() => parsePattern(bad), bad).toThrow(PatternError);
    }
  });

  it('refuses overlong patterns', () => {
    expect(errorOf('a'.repeat(121)).position).toBe(120);
  });
});
