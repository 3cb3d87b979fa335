import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../../../core/pack/bundled';
import { checkPackForImport } from '../../../../core/pack/check-import';
import { parsePack } from '../../../../core/pack/validate';
import { packWarnings } from '../../../../core/pack/warnings';

it('the minimal pack in docs/position-packs.md is valid', () => {
  const doc = readFileSync(new URL('../../../../docs/position-packs.md', import.meta.url), 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(example).toBeDefined();
  const result = parsePack(JSON.parse(example ?? ''));
  expect(result.ok ? [] : result.errors).toEqual([]);
  // An example people copy must not teach a topic no word can reach.
  if (result.ok) expect(packWarnings(result.pack).filter((w) => w.code === 'topic-unreachable')).toEqual([]);
  // And it imports as it stands: its lexicon compiles beside the built-in pack.
  const imported = checkPackForImport(JSON.parse(example ?? ''), BUNDLED_PACK, []);
  expect(imported.ok ? [] : imported.errors).toEqual([]);
});
