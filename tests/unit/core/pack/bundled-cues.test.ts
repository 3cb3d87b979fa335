/**
 * The bundled pack's relevance data: every position says what it is about and which words signal
 * it, every topic has its one-line stance, and none of it reaches the highlighter.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { cueErrors } from '../../../../core/pack/lexicon-check';
import type { PositionPack } from '../../../../core/pack/schema';
import { setupRevision, topicHeads } from '../../../../entrypoints/background/page-setup';

describe('bundled pack cues', () => {
  it.each(BUNDLED_PACK.positions)('$id says what it is about and has Swedish and English cues', (p) => {
    expect(p.about?.sv.length).toBeGreaterThan(3);
    expect(p.about?.en.length).toBeGreaterThan(3);
    expect(p.cues?.sv.length).toBeGreaterThan(0);
    expect(p.cues?.en.length).toBeGreaterThan(0);
  });

  it('has cues that the lexicon parser accepts, none listed twice for a position', () => {
    expect(cueErrors(BUNDLED_PACK)).toEqual([]);
    for (const p of BUNDLED_PACK.positions) {
      for (const list of [p.cues?.sv ?? [], p.cues?.en ?? []])
        expect(new Set(list).size, p.id).toBe(list.length);
    }
  });

  it.each(BUNDLED_PACK.topics)('$id has a one-line stance for the topic overview', (t) => {
    expect(t.stance?.sv.length).toBeGreaterThan(20);
    expect(t.stance?.en.length).toBeGreaterThan(20);
  });

  it('leaves the highlighter as it was: cues are not lexicon terms', () => {
    const withoutCues = {
      ...BUNDLED_PACK,
      positions: BUNDLED_PACK.positions.map(({ cues: _, about: __, ...p }) => p),
    } as PositionPack;
    expect(setupRevision([BUNDLED_PACK], false)).toBe(setupRevision([withoutCues], false));
    expect(topicHeads([BUNDLED_PACK])).toEqual(topicHeads([withoutCues]));
  });
});
