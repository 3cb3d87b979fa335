import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';

const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** OKLab: a perceptual space, so distance approximates how different two colours look. */
function oklab(hex: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = channels(hex).map(linear);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

describe('topic colours', () => {
  it.each(BUNDLED_PACK.topics)('$id is readable behind #111 text (WCAG AA)', (topic) => {
    expect(contrast(topic.color, '#111111')).toBeGreaterThanOrEqual(4.5);
  });

  it('are told apart side by side', () => {
    // 0.05 in OKLab is several just-noticeable differences; lower and two topics blur together.
    const topics = BUNDLED_PACK.topics;
    for (const [i, a] of topics.entries()) {
      for (const b of topics.slice(i + 1)) {
        const [x, y] = [oklab(a.color), oklab(b.color)];
        const distance = Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
        expect(distance, `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(0.05);
      }
    }
  });
});
