/** Loads and validates the bundled lexicon (or another lexicon file) for the command-line tools. */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { LexiconEntrySchema } from '../../core/pack/schema.ts';
import bundled from '../../data/pack/lexicon.json';

const Lexicon = v.array(LexiconEntrySchema);

export function loadLexicon(path?: string) {
  return v.parse(Lexicon, path ? JSON.parse(readFileSync(path, 'utf8')) : bundled);
}
