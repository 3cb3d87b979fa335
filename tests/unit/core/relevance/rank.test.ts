import { describe, expect, it } from 'vitest';
import type { PositionPack } from '../../../../core/pack/schema';
import { indexCues, rankPositions } from '../../../../core/relevance/rank';

const position = (id: string, topic: string, sv: string[]) => ({ id, topic, cues: { sv, en: [] } });
const pack = {
  positions: [
    position('permits-deportation', 'permits', ['utvis* + anställning*', 'spårbyte*']),
    position('permits-permanent', 'permits', ['permanent* uppehållstillstånd*', 'PUT']),
    position('asylum-afford', 'asylum', ['råd med', 'kostnad* + flyktingmottagande*']),
    position('permits-no-cues', 'permits', []),
  ],
} as unknown as PositionPack;
const index = indexCues([pack]);

describe('rankPositions', () => {
  it('opens different positions of one topic for passages about different issues', () => {
    const fired = 'Hon utvisas nu, trots fast anställning, efter ett misslyckat spårbyte.';
    const permanent = 'LO kräver permanenta uppehållstillstånd för alla som fått asyl.';
    expect(rankPositions(index, fired, ['permits'])[0]?.id).toBe('permits-deportation');
    expect(rankPositions(index, permanent, ['permits'])[0]?.id).toBe('permits-permanent');
  });

  it('says why: the passage’s words that met the cues, and scores two ideas over one', () => {
    const [best] = rankPositions(index, 'Utvisningen hotar hans anställning. Spårbytet nekades.', [
      'permits',
    ]);
    expect(best).toEqual({
      id: 'permits-deportation',
      topic: 'permits',
      score: 3,
      matched: ['Utvisningen', 'anställning', 'Spårbytet'],
    });
  });

  it('needs every part of a cue: one half of a pair is not enough', () => {
    expect(rankPositions(index, 'Han utvisades i går.', ['permits'])).toEqual([]);
  });

  it('gives no position when none speaks to the passage, and only positions of the given topics', () => {
    expect(rankPositions(index, 'Uppehållstillstånden handläggs långsamt.', ['permits'])).toEqual([]);
    expect(rankPositions(index, 'Sverige har råd med flyktingmottagandet.', ['permits'])).toEqual([]);
    expect(rankPositions(index, 'Sverige har råd med flyktingmottagandet.', ['asylum'])[0]?.id).toBe(
      'asylum-afford',
    );
  });

  it('breaks ties by the order of the topics, most central first', () => {
    const text = 'Sverige har råd med det, och LO vill ha PUT.';
    expect(rankPositions(index, text, ['permits', 'asylum']).map((f) => f.id)).toEqual([
      'permits-permanent',
      'asylum-afford',
    ]);
    expect(rankPositions(index, text, ['asylum', 'permits']).map((f) => f.id)).toEqual([
      'asylum-afford',
      'permits-permanent',
    ]);
  });
});
