import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../../entrypoints/background/badge';

const report = {
  url: 'https://www.dn.se/a',
  topics: [
    { topic: 'welfare', count: 7 },
    { topic: 'industry', count: 3 },
  ],
  total: 10,
};

describe('badgeText', () => {
  it('counts topics or matches as chosen', () => {
    expect(badgeText(report, 'topics')).toBe('2');
    expect(badgeText(report, 'matches')).toBe('10');
  });

  it('is empty when off, before a report, or when nothing was found', () => {
    expect(badgeText(report, 'off')).toBe('');
    expect(badgeText(null, 'topics')).toBe('');
    expect(badgeText({ url: 'x', topics: [], total: 0 }, 'matches')).toBe('');
  });

  it('caps large numbers so they fit the badge', () => {
    expect(badgeText({ ...report, total: 12_345 }, 'matches')).toBe('999+');
  });
});
