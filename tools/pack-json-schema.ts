/** Regenerates docs/position-pack.schema.json from core/pack/schema.ts: `npm run schema:generate`. */
import { writeFileSync } from 'node:fs';
import { PACK_JSON_SCHEMA_PATH, serialisePackJsonSchema } from './pack/json-schema';

writeFileSync(PACK_JSON_SCHEMA_PATH, serialisePackJsonSchema());
console.log(`schema:generate: wrote ${PACK_JSON_SCHEMA_PATH}`);
