import { describe, expect, it } from 'vitest';
import {
  figuresForTopic,
  formatFigureValue,
  positionsForTopic,
  sourceById,
  topicById,
} from '../../../lib/pack/lookup';
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
