import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parsePack } from '../../../../core/pack/validate';

it('the minimal pack in docs/position-packs.md is valid', () => {
  const doc = readFileSync(new URL('../../../../docs/position-packs.md', import.meta.url), 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(example).toBeDefined();
  const result = parsePack(JSON.parse(example ?? ''));
  expect(result.ok ? [] : result.errors).toEqual([]);
});
