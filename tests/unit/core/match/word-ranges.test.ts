import { describe, expect, it } from 'vitest';
import { WORD_RANGES } from '../../../../core/match/word-ranges';
import { bmpRanges, WORD_CLASS } from '../../../../tools/word-ranges/bmp-ranges';

describe('generated word ranges', () => {
  it("equal this engine's letters, marks and digits (else: npx tsx tools/word-ranges/generate.ts)", () => {
    expect(WORD_RANGES).toBe(bmpRanges(WORD_CLASS));
  });

  it('as a class, accept exactly the BMP characters \\p{L}\\p{M}\\p{N} accepts', () => {
    const spelled = new RegExp(`^[${WORD_RANGES}]$`);
    const mismatched: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const char = String.fromCharCode(c);
      if (spelled.test(char) !== WORD_CLASS.test(char)) mismatched.push(c.toString(16));
    }
    expect(mismatched).toEqual([]);
    expect(spelled.test('å') && spelled.test('Ö') && spelled.test('7')).toBe(true);
    expect(spelled.test('-') || spelled.test(' ') || spelled.test('\u00ad')).toBe(false);
  });
});
