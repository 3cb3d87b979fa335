/** The repository's own article pages as plain text (the demo and the e2e fixtures), for tests that compare two matchers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ARTICLES = [
  join(import.meta.dirname, '../../../../demo'),
  join(import.meta.dirname, '../../../e2e/fixtures'),
].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/<[^>]*>/g, ' ')),
);
