/**
 * Checks the bundled pack against the op-ed texts it cites:
 *   npm run check:sources -- ../shared/seeds
 * Run by .ci/run, not by `npm test`, because the texts live outside the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_PACK } from '../core/pack/bundled';
import { parsePack } from '../core/pack/validate';
import { checkSources } from './pack/source-check';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run check:sources -- <folder with the op-ed texts>');
  process.exit(2);
}

const parsed = parsePack(BUNDLED_PACK);
if (!parsed.ok) {
  console.error('check:sources: the bundled pack is invalid:');
  for (const error of parsed.errors) console.error(`  ${error.path}: ${error.message}`);
  process.exit(1);
}

const texts = new Map<string, string>();
for (const source of parsed.pack.sources) {
  const path = join(dir, source.file);
  if (existsSync(path)) texts.set(source.file, readFileSync(path, 'utf8'));
}

const { problems, summary } = checkSources(parsed.pack, texts);
if (problems.length > 0) {
  console.error(`check:sources: ${problems.length} problem(s) in ${dir}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `check:sources: ok: ${summary.sources} sources, ${summary.paragraphs} paragraphs ` +
    `(${summary.nonClaims} non-claims), ${summary.positions} positions, ${summary.figures} figures; ` +
    'every claim cited, every figure found as written, every position found by its own cues, no statement copies 8+ words.',
);
