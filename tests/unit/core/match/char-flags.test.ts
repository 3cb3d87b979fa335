import { describe, expect, it } from 'vitest';
import {
  charFlags,
  classOfPairs,
  INVISIBLE,
  JOINER,
  SPACE,
  WORD,
} from '../../../../core/match/char-flags.ts';
import { wordPairs } from '../../../../core/match/word-pairs.ts';
import { WORD_RANGES } from '../../../../core/match/word-ranges.ts';

describe('the character flags a page builds from the stored word class', () => {
  const flags = charFlags(wordPairs(WORD_RANGES));

  it('say word character for exactly the characters the regex class accepts, in the whole BMP', () => {
    const regexClass = /^[\s]$/u;
    const word = new RegExp(`^[${WORD_RANGES}]$`);
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const char = String.fromCharCode(c);
      if ((((flags[c] ?? 0) & WORD) !== 0) !== word.test(char)) differ.push(`word ${c.toString(16)}`);
      if ((((flags[c] ?? 0) & SPACE) !== 0) !== regexClass.test(char)) differ.push(`space ${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it('mark soft hyphen and joiners as gluing a word, and the zero-width space as invisible only', () => {
    expect(flags[0xad]).toBe(JOINER | INVISIBLE);
    expect(flags[0x200d]).toBe(JOINER | INVISIBLE);
    expect(flags[0x200b]).toBe(INVISIBLE);
  });

  it('store the class as pairs that read back to the same regex text', () => {
    const pairs = wordPairs(WORD_RANGES);
    expect(pairs.length).toBeLessThan(WORD_RANGES.length / 3);
    expect(classOfPairs(pairs)).toBe(WORD_RANGES);
    expect(wordPairs('a-zå')).toBe('azåå');
  });

  it('refuse a class they cannot read, and pairs of odd length, with a clear error', () => {
    expect(() => wordPairs('a-z\\p{L}')).toThrow(/cannot read "\\p\{L\}" at 3/);
    expect(() => charFlags('abc')).toThrow(/not pairs/);
  });
});
