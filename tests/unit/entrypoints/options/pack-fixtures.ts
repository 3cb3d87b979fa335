import type { PositionPack } from '../../../../core/pack/schema';
import { minimalPack } from '../../core/pack/minimal-pack';

/** A valid pack with its own ids, so several can sit side by side. */
export function packNamed(id: string, topics = 2): PositionPack {
  const pack = minimalPack();
  const ids = Array.from({ length: topics }, (_, i) => `${id}-topic-${i}`);
  return {
    ...pack,
    id,
    topics: ids.map((tid, i) => ({ ...nth(pack.topics, 0), id: tid, related: i === 0 ? [] : [nth(ids, 0)] })),
    positions: ids.map((tid, i) => ({
      ...nth(pack.positions, 0),
      id: `${tid}-pos`,
      topic: tid,
      refs: [{ source: 'op-ed', paragraph: 1 + (i % 2) }],
    })),
    figures: [{ ...nth(pack.figures, 0), topics: [nth(ids, 0)] }],
    lexicon: [{ topic: nth(ids, 0), sv: [`${id.replace(/-/g, '')}ord*`], en: [], exclude: [] }],
  };
}

/** The item at `i`, which the fixture is known to have (keeps tests free of `!`). */
export function nth<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`fixture has no item ${i}`);
  return item;
}
