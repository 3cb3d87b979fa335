/** The release build's content script, built now so the bench measures the code as it stands. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export function releaseContentScript(): string {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, WXT_TEST_HOSTS: '' },
  });
  return readFileSync(resolve(ROOT, '.output/chrome-mv3/content-scripts/content.js'), 'utf8');
}
