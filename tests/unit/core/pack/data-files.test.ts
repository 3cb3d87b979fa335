import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FigureSchema, PositionSchema, SourceSchema, TopicSchema } from '../../../../core/pack/schema';

// The data is linted like code: one canonical formatting and order, so diffs stay reviewable.
const read = (name: string) =>
  readFileSync(new URL(`../../../../data/pack/${name}.json`, import.meta.url), 'utf8');

const SORTED_BY_ID = [
  { name: 'sources', keys: Object.keys(SourceSchema.entries) },
  { name: 'topics', keys: Object.keys(TopicSchema.entries) },
  { name: 'positions', keys: Object.keys(PositionSchema.entries) },
  { name: 'figures', keys: Object.keys(FigureSchema.entries) },
];

describe('data/pack files', () => {
  it.each(['meta', 'sources', 'topics', 'positions', 'figures'])(
    '%s.json is formatted canonically',
    (name) => {
      const text = read(name);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    },
  );

  it.each(SORTED_BY_ID)('$name.json is sorted by id, fields in schema order', ({ name, keys }) => {
    const items = JSON.parse(read(name)) as Record<string, unknown>[];
    const itemIds = items.map((item) => String(item.id));
    expect(itemIds).toEqual([...itemIds].sort());
    for (const item of items) {
      expect(Object.keys(item), String(item.id)).toEqual(keys.filter((key) => key in item));
    }
  });

  it('keeps lists inside items sorted: related topics and figure topics', () => {
    const lists = [
      ...(JSON.parse(read('topics')) as { related: string[] }[]).map((t) => t.related),
      ...(JSON.parse(read('figures')) as { topics: string[] }[]).map((f) => f.topics),
    ];
    for (const list of lists) expect(list).toEqual([...list].sort());
  });

  it('keeps refs in paragraph order', () => {
    for (const position of JSON.parse(read('positions')) as {
      refs: { source: string; paragraph: number }[];
    }[]) {
      const order = position.refs.map((ref) => `${ref.source}#${String(ref.paragraph).padStart(5, '0')}`);
      expect(order).toEqual([...order].sort());
    }
  });
});
