import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../../core/pack/bundled';
import { buildPackJsonSchema, serialisePackJsonSchema } from '../../../tools/pack/json-schema';

describe('docs/position-pack.schema.json', () => {
  it('is what `npm run schema:generate` writes from core/pack/schema.ts', () => {
    const committed = readFileSync(
      new URL('../../../docs/position-pack.schema.json', import.meta.url),
      'utf8',
    );
    // If this fails after a schema change, run `npm run schema:generate` and commit the result.
    expect(committed).toBe(serialisePackJsonSchema());
  });

  it('names every top-level field of the pack', () => {
    const schema = buildPackJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    const packFields = Object.keys(BUNDLED_PACK);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(packFields));
    // Provenance is optional: older packs have none.
    const optional = ['version', 'publisher', 'date', 'changelog'];
    expect(schema.required).toEqual(expect.arrayContaining(packFields.filter((f) => !optional.includes(f))));
    for (const field of optional) expect(schema.required).not.toContain(field);
  });
});
