import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, sentenceAt } from '../../../../core/relevance/sentence';

describe('sentenceAt', () => {
  const text = 'Fabriken varslar 1 200. Schemat ändras med kort varsel! Facket protesterar.\nNästa stycke.';

  it('gives the sentence that holds the position, not its neighbours', () => {
    expect(sentenceAt(text, text.indexOf('kort varsel'))).toBe('Schemat ändras med kort varsel!');
    expect(sentenceAt(text, 0)).toBe('Fabriken varslar 1 200.');
    expect(sentenceAt(text, text.indexOf('protesterar'))).toBe('Facket protesterar.');
    expect(sentenceAt(text, text.indexOf('Nästa'))).toBe('Nästa stycke.');
  });

  it('cuts a very long sentence around the position', () => {
    const long = `${'ord '.repeat(200)}varsel ${'ord '.repeat(200)}`;
    const sentence = sentenceAt(long, long.indexOf('varsel'));
    expect(sentence).toContain('varsel');
    expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 2);
    expect(sentence.startsWith('…') && sentence.endsWith('…')).toBe(true);
  });
});
