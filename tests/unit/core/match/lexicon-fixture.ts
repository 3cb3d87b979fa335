/** The bundled lexicon as the tests see it: read from the repo, never from ../shared. */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { LexiconEntrySchema } from '../../../../core/pack/schema.ts';

export const BUNDLED_LEXICON = v.parse(
  v.array(LexiconEntrySchema),
  JSON.parse(readFileSync(new URL('../../../../data/pack/lexicon.json', import.meta.url), 'utf8')),
);
