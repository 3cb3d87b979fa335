import { describe, expect, it } from 'vitest';
import type { PositionPack } from '../../../../core/pack/schema';
import { centralTopics, LEAD_WEIGHT, withRelated } from '../../../../core/relevance/central-topics';

const order = ['welfare', 'unions', 'asylum'];

describe('centralTopics', () => {
  it('puts the most matched topic first, ties in pack order, and leaves out topics not there', () => {
    expect(centralTopics({ asylum: 2, unions: 5, welfare: 2, industry: 0 }, order)).toEqual([
      'unions',
      'welfare',
      'asylum',
    ]);
  });

  it('weighs a mention in the headline or lead as LEAD_WEIGHT in the body', () => {
    // Asylum: 3 matches, one in the lead (3 + LEAD_WEIGHT - 1); welfare: 4 matches, none there.
    expect(LEAD_WEIGHT).toBe(3);
    expect(centralTopics({ welfare: 4, asylum: 3 }, order, { asylum: 1 })).toEqual(['asylum', 'welfare']);
    expect(centralTopics({ welfare: 6, asylum: 3 }, order, { asylum: 1 })).toEqual(['welfare', 'asylum']);
  });
});

describe('withRelated', () => {
  it('adds the related topics after the passage’s own, once each', () => {
    const topic = (id: string, related: string[]) => ({ id, related });
    const packs = [
      { topics: [topic('welfare', ['asylum']), topic('asylum', ['immigration', 'welfare'])] },
    ] as unknown as PositionPack[];
    expect(withRelated(['welfare', 'asylum'], packs)).toEqual(['welfare', 'asylum', 'immigration']);
  });
});
