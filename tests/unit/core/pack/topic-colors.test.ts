import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { colorDistance, contrastRatio, MIN_DISTANCE } from '../../../../core/settings/contrast';

describe('topic colours', () => {
  it.each(BUNDLED_PACK.topics)('$id is readable behind #111 text (WCAG AA)', (topic) => {
    expect(contrastRatio(topic.color, '#111111')).toBeGreaterThanOrEqual(4.5);
  });

  it('are told apart side by side', () => {
    const topics = BUNDLED_PACK.topics;
    for (const [i, a] of topics.entries()) {
      for (const b of topics.slice(i + 1)) {
        expect(colorDistance(a.color, b.color), `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(MIN_DISTANCE);
      }
    }
  });
});
