import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, 'fixtures');

/** Every stored settings fixture, with the version its file name starts with. */
export const STORED_FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({
    file,
    version: Number(/^v(\d+)-/.exec(file)?.[1]),
    value: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as unknown,
  }));
