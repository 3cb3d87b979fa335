import { describe, expect, it } from 'vitest';
import {
  figureSpellings,
  findCopiedRun,
  normaliseWords,
  paragraphStatesFigure,
  splitParagraphs,
} from '../../../tools/pack/source-text';

describe('splitParagraphs', () => {
  it('splits on blank lines, including ones with spaces, and ignores CRLF and edges', () => {
    const text = '\nFörsta stycket\nfortsätter.\r\n\r\nAndra.\n   \nTredje.\n\n\n';
    expect(splitParagraphs(text)).toEqual(['Första stycket\nfortsätter.', 'Andra.', 'Tredje.']);
  });
});

describe('normaliseWords', () => {
  it('lower-cases, keeps Swedish letters and drops punctuation', () => {
    expect(normaliseWords('LO:s krav – Är det Åtta?')).toEqual(['lo', 's', 'krav', 'är', 'det', 'åtta']);
  });
});

describe('findCopiedRun', () => {
  const source = 'Vi vill se en debatt om hur vi ska få en tryggare arbetsmarknad, nu.';

  it('finds eight consecutive words whatever the case or punctuation', () => {
    expect(findCopiedRun('De sa: "Debatt om hur vi ska få en tryggare arbetsmarknad!"', source)).toBe(
      'debatt om hur vi ska få en tryggare',
    );
  });

  it('allows seven', () => {
    expect(findCopiedRun('Om hur vi ska få en tryggare jobbmarknad.', source)).toBeUndefined();
  });

  it('ignores sentence breaks but needs the words to be consecutive', () => {
    expect(findCopiedRun('vi vill se en debatt om hur vi', 'vi vill se en debatt. Om hur vi')).toBe(
      'vi vill se en debatt om hur vi',
    );
    expect(findCopiedRun('vi vill se en stor debatt om hur', source)).toBeUndefined();
  });
});

describe('figures as written', () => {
  it('spells Swedish thousands with a space and percent in words or sign', () => {
    expect(figureSpellings({ value: 70000, unit: 'persons' }, 'sv')).toEqual(['70 000', '70000']);
    expect(figureSpellings({ value: 40, unit: 'percent' }, 'sv')).toEqual(['40 procent', '40 %', '40%']);
    expect(figureSpellings({ value: 70000, unit: 'persons' }, 'en')).toEqual(['70,000', '70000']);
  });

  it('finds the number with its qualifier, also with no-break spaces', () => {
    const paragraph = 'Det är ungefär 230\u00a0000 personer och över 40 procent av jobben.';
    expect(
      paragraphStatesFigure(paragraph, { value: 230000, unit: 'persons', qualifier: 'about' }, 'sv'),
    ).toBe(true);
    expect(
      paragraphStatesFigure(paragraph, { value: 40, unit: 'percent', qualifier: 'more-than' }, 'sv'),
    ).toBe(true);
  });

  it('rejects a different number, a number inside another, or a missing qualifier', () => {
    const paragraph = 'I länet arbetar 170 000 personer, 40 procent av dem.';
    expect(
      paragraphStatesFigure(paragraph, { value: 70000, unit: 'persons', qualifier: 'exact' }, 'sv'),
    ).toBe(false);
    expect(
      paragraphStatesFigure(paragraph, { value: 170000, unit: 'persons', qualifier: 'exact' }, 'sv'),
    ).toBe(true);
    expect(
      paragraphStatesFigure(paragraph, { value: 40, unit: 'percent', qualifier: 'more-than' }, 'sv'),
    ).toBe(false);
    expect(paragraphStatesFigure(paragraph, { value: 40, unit: 'persons', qualifier: 'exact' }, 'sv')).toBe(
      true,
    );
  });
});
