import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../../../core/relevance/words';

describe('wordsOf', () => {
  it('joins two words over exactly what the lexicon’s phrase gap allows: whitespace or one hyphen', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      const { words, joined } = wordsOf(`ab${char}cd`);
      if (words.length !== 2) continue; // a letter, mark or digit: one word
      const expected = /^\s$/u.test(char) || ['-', '\u2010', '\u2011'].includes(char);
      expect(joined[0], `U+${code.toString(16)}`).toBe(expected);
    }
    expect(wordsOf('ab - cd').joined).toEqual([false]);
    expect(wordsOf('ab \n\t cd').joined).toEqual([true]);
  });
});
