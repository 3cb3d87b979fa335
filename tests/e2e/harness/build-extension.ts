/** Builds the test variant of the extension (content script also on localhost) once per run. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserKind } from './find-browser';

export const ROOT = resolve(import.meta.dirname, '../../..');

export function testExtensionDir(kind: BrowserKind): string {
  return resolve(ROOT, '.output-test', kind === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
}

export function buildTestExtension(kind: BrowserKind, { force = true } = {}): string {
  const dir = testExtensionDir(kind);
  if (force || !existsSync(resolve(dir, 'manifest.json'))) {
    const args = ['wxt', 'build', ...(kind === 'firefox' ? ['-b', 'firefox'] : [])];
    execFileSync('npx', args, { cwd: ROOT, env: { ...process.env, WXT_TEST_HOSTS: '1' }, stdio: 'pipe' });
  }
  return dir;
}
