/**
 * The release build, as users get it: the content script sits where the background injects and
 * registers it, and carries none of the test build's probe or cost accounting (the test build,
 * built by the global setup, is the control that shows the check can fail). It carries neither
 * the card nor the packs, which the card script and storage bring when needed, and the manifest
 * exposes no file to pages.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_PACK } from '../../core/pack/bundled';
import { CARD_SCRIPT_FILE, CONTENT_SCRIPT_FILE } from '../../entrypoints/background/content-script-file';
import { CARD_TAG } from '../../entrypoints/content/card/card-tag';
import { TEST_STATE_ATTR } from '../../entrypoints/content/test-probe';
import { DOM_ITERATOR_UNUSED } from '../../tools/build/markjs-without-iterator';
import { ROOT, testExtensionDir } from './harness/build-extension';

/** Strings only the probe and its cost accounting contain (property names survive minifying). */
const PROBE_ONLY = [TEST_STATE_ATTR, 'longestPrepareTask', 'collectYieldMs', 'longestSliceIn', 'busyIn'];

const TARGETS = [
  { kind: 'chromium', dir: 'chrome-mv3', args: [] },
  { kind: 'firefox', dir: 'firefox-mv2', args: ['-b', 'firefox'] },
] as const;

describe.each(TARGETS)('release build for $kind', ({ kind, dir, args }) => {
  let release = '';
  let test = '';
  let card = '';
  let background = '';
  let manifest: Record<string, unknown> = {};

  beforeAll(() => {
    // WXT_TEST_HOSTS not '1': exactly what `npm run build` and the store packages contain.
    const env = { ...process.env, WXT_TEST_HOSTS: '' };
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, env, stdio: 'pipe' });
    release = readFileSync(resolve(ROOT, '.output', dir, `.${CONTENT_SCRIPT_FILE}`), 'utf8');
    test = readFileSync(resolve(testExtensionDir(kind), `.${CONTENT_SCRIPT_FILE}`), 'utf8');
    card = readFileSync(resolve(ROOT, '.output', dir, `.${CARD_SCRIPT_FILE}`), 'utf8');
    background = readFileSync(resolve(ROOT, '.output', dir, 'background.js'), 'utf8');
    manifest = JSON.parse(readFileSync(resolve(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
  }, 120_000);

  it('leaves the card and the packs to the card script and storage, and exposes no file to pages', () => {
    // The card's element name is in the card script only; a position's id (the bundled pack)
    // in the background only, which stores the packs for pages.
    const position = BUNDLED_PACK.positions.at(-1)?.id ?? '';
    expect(position.length).toBeGreaterThan(8);
    expect(card).toContain(CARD_TAG);
    expect(release).not.toContain(CARD_TAG);
    expect(background).toContain(position);
    expect(release).not.toContain(position);
    expect(card).not.toContain(position);
    expect(manifest.web_accessible_resources).toBeUndefined();
    // Issue 18's budget (232 kB before the card script was split off).
    expect(release.length).toBeLessThanOrEqual(80_000);
    // mark.js without its DOM iterator (tools/build/markjs-without-iterator.ts): its method
    // names survive minifying; the stand-in's message is there instead.
    expect(release).not.toContain('getIframeContents');
    expect(release).toContain(DOM_ITERATOR_UNUSED);
  });

  it('puts the content script where the background injects and registers it', () => {
    expect(release.length).toBeGreaterThan(10_000);
    expect(test.length).toBeGreaterThan(10_000);
  });

  it('ships no test probe and no cost accounting', () => {
    for (const marker of PROBE_ONLY) {
      expect(test, `control: the test build has ${marker}`).toContain(marker);
      expect(release, marker).not.toContain(marker);
    }
  });
});
