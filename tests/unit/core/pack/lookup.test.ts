import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  figuresForTopic,
  formatFigureValue,
  positionsForTopic,
  sourceById,
  topicById,
} from '../../../../core/pack/lookup';
import { minimalPack } from './minimal-pack';

const NBSP = '\u00a0';

describe('pack lookups', () => {
  const pack = minimalPack();

  it('finds positions and figures by topic, in pack order', () => {
    expect(positionsForTopic(pack, 'work').map((p) => p.id)).toEqual(['jobs-in-building']);
    expect(figuresForTopic(pack, 'work').map((f) => f.id)).toEqual(['builders']);
    expect(figuresForTopic(pack, 'housing')).toEqual([]);
    expect(positionsForTopic(pack, 'nothing')).toEqual([]);
  });

  it('finds sources and topics by id', () => {
    expect(sourceById(pack, 'op-ed')?.file).toBe('op-ed.txt');
    expect(sourceById(pack, 'missing')).toBeUndefined();
    expect(topicById(pack, 'housing')?.name.en).toBe('Housing');
  });
});

describe('formatFigureValue', () => {
  it.each([
    [{ value: 70000, unit: 'persons', qualifier: 'exact' }, `70${NBSP}000`, '70,000'],
    [{ value: 230000, unit: 'persons', qualifier: 'about' }, `ungefär 230${NBSP}000`, 'about 230,000'],
    [{ value: 40, unit: 'percent', qualifier: 'more-than' }, `över 40${NBSP}%`, 'more than 40%'],
    [{ value: 12.5, unit: 'percent', qualifier: 'less-than' }, `under 12,5${NBSP}%`, 'less than 12.5%'],
    [{ value: 1234567, unit: 'persons', qualifier: 'exact' }, `1${NBSP}234${NBSP}567`, '1,234,567'],
    [{ value: 999, unit: 'persons', qualifier: 'exact' }, '999', '999'],
  ] as const)('%o reads "%s" / "%s"', (figure, sv, en) => {
    expect(formatFigureValue(figure, 'sv')).toBe(sv);
    expect(formatFigureValue(figure, 'en')).toBe(en);
  });
});

describe('figure numbers without Intl', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  const en = (value: number) => formatFigureValue({ value, unit: 'persons', qualifier: 'exact' }, 'en');

  it('writes what Intl.NumberFormat en-US writes, for every value a pack may hold', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 1e12, noNaN: true }),
          fc.integer({ min: 0, max: 1e9 }).map((n) => n / 1000),
          fc.integer({ min: 0, max: 1e12 }),
        ),
        (value) => {
          fc.pre(!Object.is(value, -0));
          expect(en(value)).toBe(intl.format(value));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('rounds halves away from zero on the exact value, as Intl does', () => {
    for (const value of [0.125, 0.375, 1.005, 2.675, 999.995, 999999.999, 0.001, 1e12])
      expect(en(value), String(value)).toBe(intl.format(value));
    expect(en(-0)).toBe('0');
  });
});
