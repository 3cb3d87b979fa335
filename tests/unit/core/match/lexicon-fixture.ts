/** The bundled lexicon as the tests see it: read from the repo, never from ../shared. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { LexiconEntrySchema } from '../../../../core/pack/schema.ts';

export const BUNDLED_LEXICON = v.parse(
  v.array(LexiconEntrySchema),
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../data/pack/lexicon.json'), 'utf8')),
);
