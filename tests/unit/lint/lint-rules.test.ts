/**
 * The lint rules guard the boundaries docs/ARCHITECTURE.md describes (no HTML sinks or network
 * APIs anywhere, one lint zone per context); these tests prove each rule fires, so a config
 * change cannot silently switch one off.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function lint(relPath: string, code: string): string {
  const file = resolve(ROOT, relPath);
  writeFileSync(file, code);
  try {
    execFileSync('npx', ['biome', 'lint', '--max-diagnostics=50', relPath], { cwd: ROOT, stdio: 'pipe' });
    return '';
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  } finally {
    rmSync(file, { force: true });
  }
}

describe('lint rules', () => {
  it('forbids every HTML injection sink', () => {
    const out = lint(
      'components/zz-lint-probe.tsx',
      [
        'export function a(e: Element) { e.innerHTML = String(e); }',
        'export function b(e: Element) { e.outerHTML = String(e); }',
        "export function c(e: Element) { e.insertAdjacentHTML('beforeend', String(e)); }",
        "export const d = () => <div dangerouslySetInnerHTML={{ __html: 'x' }} />;",
      ].join('\n'),
    );
    expect(out.match(/HTML injection sink/g)?.length).toBe(4);
  }, 30_000);

  it('forbids network APIs', () => {
    const out = lint(
      'storage/zz-lint-probe.ts',
      [
        "export const a = () => fetch('https://example.com');",
        'export const b = () => new XMLHttpRequest();',
        "export const c = () => new WebSocket('wss://example.com');",
        "export const d = () => navigator.sendBeacon('https://example.com', '');",
      ].join('\n'),
    );
    expect(out.match(/Network API/g)?.length).toBe(4);
  }, 30_000);

  it('keeps browser APIs and rendering out of pure modules', () => {
    const out = lint(
      'core/match/zz-lint-probe.ts',
      [
        "import { browser } from 'wxt/browser';",
        "import { i18n } from '#i18n';",
        "import { render } from 'preact';",
        'export const x = [browser, i18n, render];',
      ].join('\n'),
    );
    expect(out.match(/core\/ is pure/g)?.length).toBe(3);
  }, 30_000);

  it('keeps background code out of the injected content script', () => {
    const out = lint(
      'entrypoints/content/zz-lint-probe.ts',
      "import { scanTab } from '../background/scan-tab';\nexport const x = scanTab;\n",
    );
    expect(out).toContain('Code injected into pages must not pull in background');
  }, 30_000);

  it('keeps extension pages away from the background and the page engine', () => {
    const out = lint(
      'entrypoints/options/zz-lint-probe.ts',
      [
        "import { scanTab } from '../background/scan-tab';",
        "import { createHighlighter } from '../../core/highlight';",
        'export const x = [scanTab, createHighlighter];',
      ].join('\n'),
    );
    expect(out.match(/through messaging\/ only/g)?.length).toBe(2);
  }, 30_000);

  it('keeps the pure core away from storage, messaging and UI', () => {
    const out = lint(
      'core/view/zz-lint-probe.ts',
      [
        "import { settingsItem } from '../../storage/settings';",
        "import { sendMessage } from '../../messaging/messenger';",
        "import { TopicDetails } from '../../components/TopicDetails';",
        'export const x = [settingsItem, sendMessage, TopicDetails];',
      ].join('\n'),
    );
    expect(out.match(/core\/ is pure/g)?.length).toBe(3);
  }, 30_000);

  it('keeps build and measurement tools out of everything the extension ships', () => {
    for (const [probe, from] of [
      ['entrypoints/content/zz-lint-probe.ts', '../../tools/pack/source-check'],
      ['components/zz-lint-probe.ts', '../tools/pack/source-check'],
      ['storage/zz-lint-probe.ts', '../tools/pack/source-check'],
      ['core/match/zz-lint-probe.ts', '../../tools/lexicon/examples'],
    ] as const) {
      const out = lint(probe, `import * as t from '${from}';\nexport const x = t;\n`);
      expect(out, probe).toContain('tools/ is build and measurement code');
    }
  }, 60_000);

  it('keeps the background away from UI, pages and the page engine', () => {
    const out = lint(
      'entrypoints/background/zz-lint-probe.ts',
      [
        "import { TopicDetails } from '../../components/TopicDetails';",
        "import { createHighlighter } from '../../core/highlight';",
        "import { startPageHighlighting } from '../content/page-highlighting';",
        'export const x = [TopicDetails, createHighlighter, startPageHighlighting];',
      ].join('\n'),
    );
    expect(out.match(/The background renders no UI/g)?.length).toBe(3);
  }, 30_000);

  it('keeps shared UI to rendering what it is given', () => {
    const out = lint(
      'components/zz-lint-probe.ts',
      [
        "import { browser } from 'wxt/browser';",
        "import { settingsItem } from '../storage/settings';",
        "import { App } from '../entrypoints/popup/App';",
        'export const x = [browser, settingsItem, App];',
      ].join('\n'),
    );
    expect(out.match(/Shared UI renders what it is given/g)?.length).toBe(3);
  }, 30_000);

  it('keeps storage and messaging independent of every context', () => {
    for (const probe of ['storage/zz-lint-probe.ts', 'messaging/zz-lint-probe.ts']) {
      const out = lint(probe, "import { App } from '../entrypoints/popup/App';\nexport const x = App;\n");
      expect(out, probe).toContain('serve every context');
    }
  }, 60_000);

  it('sends every message through the one protocol map', () => {
    const out = lint(
      'entrypoints/popup/zz-lint-probe.ts',
      "import { defineExtensionMessaging } from '@webext-core/messaging';\nexport const x = defineExtensionMessaging;\n",
    );
    expect(out).toContain('Every message goes through the one protocol map');
  }, 30_000);

  it('keeps each extension page’s private files its own', () => {
    const popup = lint(
      'entrypoints/popup/zz-lint-probe.ts',
      "import { Switch } from '../options/Switch';\nexport const x = Switch;\n",
    );
    const options = lint(
      'entrypoints/options/zz-lint-probe.ts',
      "import { App } from '../popup/App';\nexport const x = App;\n",
    );
    expect(popup).toContain('An entrypoint owns its private files');
    expect(options).toContain('An entrypoint owns its private files');
  }, 60_000);
});
